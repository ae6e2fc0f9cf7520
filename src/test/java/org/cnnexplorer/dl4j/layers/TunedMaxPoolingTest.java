package org.cnnexplorer.dl4j.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

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
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Differential test: a network with the tuned max pooling trains exactly as the same network with
 * DL4J's max pooling (its training output, every parameter's gradient, the loss over steps), where
 * it copies (1x1 maps, 1x1 windows) and where it hands over to DL4J (padded, overlapping, strided).
 */
class TunedMaxPoolingTest {

    @ParameterizedTest(name = "{0}x{0} input, {1} channels, kernel {2}, stride {3}, padding {4}")
    @CsvSource({"9, 4, 3, 1, 1", "9, 4, 3, 2, 0", "8, 4, 2, 2, 0", "9, 4, 3, 2, 1", "11, 4, 5, 3, 2",
        "1, 6, 3, 1, 1", "1, 6, 2, 2, 1", "1, 6, 1, 1, 0", "5, 4, 1, 1, 0", "2, 6, 3, 1, 1"})
    void trainsLikeDl4jsMaxPooling(int size, int channels, int kernel, int stride, int padding) {
        Dl4jRuntime.get();
        ComputationGraph reference = graph(false, size, channels, kernel, stride, padding);
        ComputationGraph tuned = graph(true, size, channels, kernel, stride, padding);
        TunedMaxPooling pooling = assertInstanceOf(TunedMaxPooling.class, tuned.getLayer("pool"));
        tuned.setParams(reference.params().dup());
        DataSet batch = new DataSet(Nd4j.rand(DataType.FLOAT, 8, 3, size, size), LayerGradients.labels(8));
        assertEquals(size == 1 && kernel > padding || kernel == 1 && stride == 1 && padding == 0,
                pooling.identity(Nd4j.zeros(DataType.FLOAT, 8, channels, size, size)), "copies");
        for (int step = 0; step < 4; step++) {
            INDArray expectedPooled = reference.feedForward(batch.getFeatures(), true).get("pool");
            INDArray actualPooled = tuned.feedForward(batch.getFeatures(), true).get("pool");
            assertEquals(expectedPooled, actualPooled, "pooled maps at step " + step);
            LayerGradients.assertClose(LayerGradients.of(reference, batch), LayerGradients.of(tuned, batch), 1e-5,
                    "at step " + step);
            assertEquals(reference.score(), tuned.score(), 1e-6);
            reference.fit(batch);
            tuned.fit(batch);
        }
        assertEquals(reference.output(batch.getFeatures())[0], tuned.output(batch.getFeatures())[0]);
    }

    @Test
    void aSavedModelRestoresTheTunedPooling() throws Exception {
        Dl4jRuntime.get();
        ComputationGraph graph = graph(true, 1, 6, 3, 1, 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(graph, bytes, true);
        ComputationGraph restored = ModelSerializer.restoreComputationGraph(
                new ByteArrayInputStream(bytes.toByteArray()), true);
        assertInstanceOf(TunedMaxPooling.class, restored.getLayer("pool"));
        INDArray features = Nd4j.rand(DataType.FLOAT, 2, 3, 1, 1);
        assertEquals(graph.output(features)[0], restored.output(features)[0]);
    }

    private static ComputationGraph graph(boolean tuned, int size, int channels, int kernel, int stride,
                                          int padding) {
        SubsamplingLayer.Builder pool = tuned ? new TunedMaxPoolingLayer.Builder()
                : new SubsamplingLayer.Builder(PoolingType.MAX);
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
                .updater(new Sgd(0.1)).weightInit(WeightInit.XAVIER).convolutionMode(ConvolutionMode.Truncate)
                .graphBuilder().addInputs("in").setInputTypes(InputType.convolutional(size, size, 3))
                .addLayer("conv", new ConvolutionLayer.Builder().nOut(channels).kernelSize(1, 1)
                        .activation(Activation.TANH).build(), "in")
                .addLayer("pool", pool.kernelSize(kernel, kernel).stride(stride, stride).padding(padding, padding)
                        .build(), "conv")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "pool")
                .setOutputs("out").build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return graph;
    }
}
