package org.cnnexplorer.dl4j.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.cnnexplorer.dl4j.ArrayAsserts;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Differential test: a grouped convolution computes what DL4J's own convolution computes with the
 * block-diagonal weights (zero between groups): the same output, loss and input gradient, and as
 * weight gradient the diagonal blocks of the plain one, on both routes (a call per group, and one
 * block-diagonal call) and after the choice. Settings: stride, explicit and "same" padding,
 * dilation, no bias, rectangular kernels, 1x1.
 */
class GroupedConvolutionTest {

    private static final int IN = 6;

    @ParameterizedTest(name = "{0} filters, {1} groups, kernel {2}x{3}, stride {4}, padding {5}, dilation {6}, "
            + "bias {7}")
    @CsvSource({
        "8, 2, 3, 3, 1, 1, 1, true",
        "8, 2, 3, 3, 2, same, 1, true",
        "9, 3, 3, 3, 2, 0, 1, false",
        "4, 2, 3, 3, 1, 2, 2, true",
        "6, 3, 1, 1, 1, 0, 1, true",
        "4, 2, 3, 2, 2, same, 1, false",
        "12, 6, 3, 3, 1, 1, 1, true",
        "8, 2, 3, 3, 2, 1, 1, false",
        "8, 2, 1, 3, 1, 0, 1, true"})
    void equalsThePlainConvolutionWithBlockDiagonalWeights(int filters, int groups, int kh, int kw, int stride,
                                                           String padding, int dilation, boolean bias) {
        Dl4jRuntime.get();
        ConvolutionLayer.BaseConvBuilder<?> grouped = new GroupedConvolutionLayer.Builder().groups(groups)
                .nOut(filters);
        ConvolutionLayer.BaseConvBuilder<?> plain = new ConvolutionLayer.Builder().nOut(filters);
        ComputationGraph groupedGraph = graph(window(grouped, kh, kw, stride, padding, dilation, bias));
        ComputationGraph plainGraph = graph(window(plain, kh, kw, stride, padding, dilation, bias));
        copyBlockDiagonal(groupedGraph, plainGraph, groups);
        INDArray images = Nd4j.rand(DataType.FLOAT, 4, 3, 9, 9);
        INDArray labels = Nd4j.eye(4).getColumns(0, 1, 2);

        Map<String, INDArray> expected = gradients(plainGraph, images, labels);
        for (int step = 0; step < 2 * RouteChooser.TRIALS + 3; step++) { // both routes, then the chosen one
            Map<String, INDArray> actual = gradients(groupedGraph, images, labels);
            assertEquals(plainGraph.score(), groupedGraph.score(), 1e-5);
            assertClose(plainGraph.outputSingle(images), groupedGraph.outputSingle(images), "output");
            assertClose(expected.get("first_W"), actual.get("first_W"), "input gradient (through first_W)");
            assertClose(blockDiagonal(expected.get("conv_W"), groups), actual.get("conv_W"), "conv_W");
            if (bias) {
                assertClose(expected.get("conv_b"), actual.get("conv_b"), "conv_b");
            }
        }
        assertEquals((long) filters * IN / groups * kh * kw + (bias ? filters : 0),
                groupedGraph.getLayer("conv").numParams());
    }

    private static ConvolutionLayer window(ConvolutionLayer.BaseConvBuilder<?> builder, int kh, int kw, int stride,
                                           String padding, int dilation, boolean bias) {
        builder.kernelSize(kh, kw).stride(stride, stride).dilation(dilation, dilation).hasBias(bias);
        if (padding.equals("same")) {
            builder.convolutionMode(ConvolutionMode.Same);
        } else {
            int size = Integer.parseInt(padding);
            builder.padding(size, size).convolutionMode(ConvolutionMode.Truncate);
        }
        return builder.activation(Activation.TANH).build();
    }

    private static ComputationGraph graph(ConvolutionLayer conv) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
                .updater(new Sgd(0.1)).weightInit(WeightInit.XAVIER).graphBuilder().addInputs("in")
                .setInputTypes(InputType.convolutional(9, 9, 3))
                .addLayer("first", new ConvolutionLayer.Builder().nOut(IN).kernelSize(1, 1)
                        .activation(Activation.TANH).build(), "in")
                .addLayer("conv", conv, "first")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "conv")
                .setOutputs("out").build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return graph;
    }

    /** Gives the plain graph the grouped graph's values, its convolution weights block-diagonal. */
    private static void copyBlockDiagonal(ComputationGraph grouped, ComputationGraph plain, int groups) {
        for (String layer : new String[] {"first", "out"}) {
            plain.getLayer(layer).setParams(grouped.getLayer(layer).params().dup());
        }
        INDArray weights = grouped.getLayer("conv").getParam("W");
        INDArray full = Nd4j.zeros(DataType.FLOAT, plain.getLayer("conv").getParam("W").shape());
        forEachGroupedWeight(weights.shape(), groups, (at, channel) ->
                full.putScalar(new long[] {at[0], channel, at[2], at[3]}, weights.getFloat(at)));
        plain.getLayer("conv").getParam("W").assign(full);
        if (grouped.getLayer("conv").paramTable().containsKey("b")) {
            plain.getLayer("conv").getParam("b").assign(grouped.getLayer("conv").getParam("b"));
        }
    }

    /** The diagonal blocks of a plain {@code [out, in, kh, kw]} weight array, as {@code [out, in/g, kh, kw]}. */
    private static INDArray blockDiagonal(INDArray full, int groups) {
        INDArray blocks = Nd4j.create(DataType.FLOAT, full.size(0), full.size(1) / groups, full.size(2), full.size(3));
        forEachGroupedWeight(blocks.shape(), groups, (at, channel) ->
                blocks.putScalar(at, full.getFloat(at[0], channel, at[2], at[3])));
        return blocks;
    }

    /** Visits every index of a grouped weight array with the input channel it reads in the plain layout. */
    private static void forEachGroupedWeight(long[] shape, int groups, java.util.function.ObjLongConsumer<long[]> visit) {
        long filtersPerGroup = shape[0] / groups;
        for (long o = 0; o < shape[0]; o++) {
            for (long c = 0; c < shape[1]; c++) {
                for (long y = 0; y < shape[2]; y++) {
                    for (long x = 0; x < shape[3]; x++) {
                        visit.accept(new long[] {o, c, y, x}, o / filtersPerGroup * shape[1] + c);
                    }
                }
            }
        }
    }

    private static Map<String, INDArray> gradients(ComputationGraph graph, INDArray images, INDArray labels) {
        graph.setInputs(images);
        graph.setLabels(labels);
        graph.computeGradientAndScore();
        Map<String, INDArray> copies = new HashMap<>();
        graph.gradient().gradientForVariable().forEach((name, value) -> copies.put(name, value.dup()));
        return copies;
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), what);
        ArrayAsserts.assertClose(expected, actual, 1e-4, what);
    }
}
