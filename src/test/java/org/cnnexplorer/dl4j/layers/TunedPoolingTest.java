package org.cnnexplorer.dl4j.layers;

import static org.cnnexplorer.dl4j.ArrayAsserts.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Differential tests of the tuned pooling: its Java kernels give libnd4j's pooled maps and input
 * gradients (the same window maximum among equal values), and a network with the tuned layer trains
 * as the same network with DL4J's layer over steps that run both routes of both passes.
 */
class TunedPoolingTest {

    @ParameterizedTest(name = "{0} {1}, {2}x{2} input, kernel {3}, stride {4}, padding {5}, dilation {6}")
    @CsvSource({"MAX, Truncate, 28, 2, 2, 0, 1", "AVG, Truncate, 28, 2, 2, 0, 1", "MAX, Truncate, 112, 3, 2, 1, 1",
        "MAX, Truncate, 17, 3, 2, 0, 1", "MAX, Truncate, 9, 3, 1, 1, 1", "AVG, Truncate, 9, 3, 1, 0, 1",
        "MAX, Truncate, 11, 5, 3, 2, 1", "AVG, Truncate, 11, 5, 3, 0, 1", "AVG, Truncate, 8, 4, 4, 0, 1",
        "MAX, Same, 16, 3, 2, 0, 1", "MAX, Same, 7, 3, 2, 0, 1", "MAX, Same, 8, 3, 1, 0, 1",
        "MAX, Same, 2, 3, 2, 0, 1"})
    void trainsLikeDl4jsPooling(PoolingType type, ConvolutionMode mode, int size, int kernel, int stride, int padding,
                                int dilation) {
        Dl4jRuntime.get();
        ComputationGraph reference = graph(false, type, mode, size, kernel, stride, padding, dilation);
        ComputationGraph tuned = graph(true, type, mode, size, kernel, stride, padding, dilation);
        TunedPooling pooling = assertInstanceOf(TunedPooling.class, tuned.getLayer("pool"));
        assertNotNull(pooling.kernels(Nd4j.zeros(DataType.FLOAT, 2, 4, size, size)), "the Java route applies");
        tuned.setParams(reference.params().dup());
        int batch = 3;
        DataSet data = new DataSet(Nd4j.rand(DataType.FLOAT, batch, 3, size, size).subi(0.5),
                LayerGradients.labels(batch));
        for (int step = 0; step < 5; step++) { // the first calls alternate between DL4J's pass and the kernels
            INDArray expectedPooled = reference.feedForward(data.getFeatures(), true).get("pool");
            INDArray actualPooled = tuned.feedForward(data.getFeatures(), true).get("pool");
            assertClose(expectedPooled, actualPooled, 1e-6, "pooled maps at step " + step);
            LayerGradients.assertClose(LayerGradients.of(reference, data), LayerGradients.of(tuned, data), 1e-5,
                    "at step " + step);
            assertEquals(reference.score(), tuned.score(), 1e-6);
            reference.fit(data);
            tuned.fit(data);
            tuned.setParams(reference.params().dup());
        }
        for (int pass = 0; pass < 4; pass++) {
            assertClose(reference.outputSingle(data.getFeatures()), tuned.outputSingle(data.getFeatures()), 1e-6,
                    "inference pass " + pass);
        }
    }

    @ParameterizedTest(name = "{0}, {1}x{1} maps, kernel {2}, stride {3}, padding {4}")
    @CsvSource({"MAX, 28, 2, 2, 0", "MAX, 112, 3, 2, 1", "MAX, 9, 3, 1, 1", "MAX, 10, 4, 3, 1", "AVG, 28, 2, 2, 0",
        "AVG, 9, 3, 1, 1", "AVG, 10, 4, 3, 1"}) // padded average: libnd4j's op with the whole window as divisor
    void kernelsGiveLibnd4jsMapsAndGradientsAmongTiedValues(PoolingType type, int size, int kernel, int stride,
                                                           int padding) {
        Dl4jRuntime.get();
        int out = (size + 2 * padding - kernel) / stride + 1;
        // values from {-1, 0, 1, 2}: many windows hold their maximum more than once
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, 5, size, size).muli(4).subi(1.5).castTo(DataType.INT32)
                .castTo(DataType.FLOAT);
        INDArray dy = Nd4j.rand(DataType.FLOAT, 2, 5, out, out);
        String op = type == PoolingType.MAX ? "maxpool2d" : "avgpool2d";
        int[] args = {kernel, kernel, stride, stride, padding, padding, 1, 1, 0, type == PoolingType.MAX ? 0 : 1, 0};
        INDArray expectedY = Nd4j.create(DataType.FLOAT, 2, 5, out, out);
        Nd4j.exec(DynamicCustomOp.builder(op).addInputs(x).addOutputs(expectedY).addIntegerArguments(args).build());
        INDArray expectedDx = Nd4j.create(DataType.FLOAT, 2, 5, size, size);
        Nd4j.exec(DynamicCustomOp.builder(op + "_bp").addInputs(x, dy).addOutputs(expectedDx)
                .addIntegerArguments(args).build());

        PoolKernels kernels = new PoolKernels(type == PoolingType.AVG, true, 10, new int[] {size, size},
                new int[] {out, out}, new int[] {kernel, kernel, stride, stride, padding, padding});
        INDArray y = Nd4j.create(DataType.FLOAT, 2, 5, out, out);
        INDArray dx = Nd4j.create(DataType.FLOAT, 2, 5, size, size);
        kernels.forward(NativeFloats.of(x), NativeFloats.of(y));
        kernels.backward(NativeFloats.of(x), NativeFloats.of(dy), NativeFloats.of(dx));
        assertClose(expectedY, y, 1e-6, "pooled maps");
        assertClose(expectedDx, dx, 1e-6, "input gradient");
    }

    @Test
    void otherLayoutsAndKindsRunDl4jsPass() {
        Dl4jRuntime.get();
        ComputationGraph graph = graph(true, PoolingType.AVG, ConvolutionMode.Same, 8, 3, 2, 0, 1);
        TunedPooling pooling = (TunedPooling) graph.getLayer("pool");
        assertNull(pooling.kernels(Nd4j.zeros(DataType.FLOAT, 2, 4, 8, 8)), "average pooling in same mode");
        assertNull(pooling.kernels(Nd4j.zeros(DataType.DOUBLE, 2, 4, 8, 8)), "doubles");
        assertNull(pooling.kernels(Nd4j.zeros(DataType.FLOAT, 2, 4)), "a flat input");
        TunedPooling padded = (TunedPooling) graph(true, PoolingType.AVG, ConvolutionMode.Truncate, 8, 3, 1, 1, 1)
                .getLayer("pool");
        assertNull(padded.kernels(Nd4j.zeros(DataType.FLOAT, 2, 4, 8, 8)), "padded average pooling");
        TunedPooling dilated = (TunedPooling) graph(true, PoolingType.MAX, ConvolutionMode.Truncate, 9, 3, 1, 2, 2)
                .getLayer("pool");
        assertNull(dilated.kernels(Nd4j.zeros(DataType.FLOAT, 2, 4, 9, 9)), "dilation");
    }

    @Test
    void aSavedModelRestoresTheTunedPooling() throws Exception {
        Dl4jRuntime.get();
        ComputationGraph graph = graph(true, PoolingType.MAX, ConvolutionMode.Truncate, 6, 3, 2, 1, 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(graph, bytes, true);
        ComputationGraph restored = ModelSerializer.restoreComputationGraph(
                new ByteArrayInputStream(bytes.toByteArray()), true);
        assertInstanceOf(TunedPooling.class, restored.getLayer("pool"));
        INDArray features = Nd4j.rand(DataType.FLOAT, 2, 3, 6, 6);
        assertEquals(graph.output(features)[0], restored.output(features)[0]);
    }

    /** conv 1x1 (tanh) -> pool -> softmax, with the tuned pooling or DL4J's. */
    private static ComputationGraph graph(boolean tuned, PoolingType type, ConvolutionMode mode, int size,
                                          int kernel, int stride, int padding, int dilation) {
        SubsamplingLayer.Builder pool = tuned ? new TunedPoolingLayer.Builder(type)
                : new SubsamplingLayer.Builder(type);
        pool.kernelSize(kernel, kernel).stride(stride, stride).dilation(dilation, dilation)
                .avgPoolIncludePadInDivisor(true).convolutionMode(mode);
        if (mode == ConvolutionMode.Truncate) {
            pool.padding(padding, padding);
        }
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
                .updater(new Sgd(0.1)).weightInit(WeightInit.XAVIER).convolutionMode(ConvolutionMode.Truncate)
                .graphBuilder().addInputs("in").setInputTypes(InputType.convolutional(size, size, 3))
                .addLayer("conv", new ConvolutionLayer.Builder().nOut(4).kernelSize(1, 1)
                        .activation(Activation.TANH).build(), "in")
                .addLayer("pool", pool.build(), "conv")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "pool")
                .setOutputs("out").build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return graph;
    }
}
