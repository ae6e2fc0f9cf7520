package org.cnnexplorer.dl4j.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Differential test: the tuned depthwise convolution's gradients and scores over a few SGD steps
 * equal those of DL4J's own depthwise layer, for maps smaller than the kernel too (1x1 and 2x2 maps take
 * the direct small-map route), with and without bias, with a depth multiplier, and with an activation
 * (where DL4J's own pass runs).
 */
class TunedDepthwiseConvolutionTest {

    private static final int CHANNELS = 6;

    @ParameterizedTest(name = "{0}x{0} maps, kernel {1}, stride {2}, padding {3}, multiplier {4}, bias {5}, {6}")
    @CsvSource({
        "9, 3, 1, 1, 1, false, IDENTITY",
        "9, 3, 2, 1, 1, true, IDENTITY",
        "2, 3, 1, 1, 1, false, IDENTITY",
        "1, 3, 1, 1, 2, true, IDENTITY",
        "2, 3, 2, 1, 1, true, IDENTITY",
        "1, 5, 1, 2, 1, false, IDENTITY",
        "4, 3, 2, 1, 1, false, IDENTITY",
        "6, 5, 1, 2, 1, true, IDENTITY",
        "7, 3, 1, 1, 1, false, RELU6"})
    void gradientsEqualDl4jsOwnDepthwiseConvolution(int size, int kernel, int stride, int padding, int multiplier,
                                                    boolean bias, Activation activation) {
        Dl4jRuntime.get();
        Window window = new Window(size, kernel, stride, padding, multiplier, bias, activation);
        ComputationGraph reference = graph(false, window);
        ComputationGraph tuned = graph(true, window);
        tuned.setParams(reference.params().dup());
        DataSet batch = new DataSet(Nd4j.rand(DataType.FLOAT, 4, CHANNELS, size, size).subi(0.5),
                LayerGradients.labels(4));
        for (int step = 0; step < 3; step++) {
            LayerGradients.assertClose(LayerGradients.of(reference, batch), LayerGradients.of(tuned, batch), 1e-5,
                    "at step " + step);
            assertEquals(reference.score(), tuned.score(), 1e-6);
        }
    }

    private record Window(int size, int kernel, int stride, int padding, int multiplier, boolean bias,
                          Activation activation) {
    }

    /** A 1x1 convolution in front, so the depthwise layer's input gradient is used and checked too. */
    private static ComputationGraph graph(boolean tuned, Window w) {
        DepthwiseConvolution2D.Builder depthwise = tuned ? new TunedDepthwiseConvolutionLayer.Builder()
                : new DepthwiseConvolution2D.Builder();
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
                .updater(new Sgd(0.1)).weightInit(WeightInit.XAVIER).convolutionMode(ConvolutionMode.Truncate)
                .graphBuilder().addInputs("in").setInputTypes(InputType.convolutional(w.size(), w.size(), CHANNELS))
                .addLayer("pointwise", new ConvolutionLayer.Builder().nOut(CHANNELS).kernelSize(1, 1)
                        .activation(Activation.IDENTITY).build(), "in")
                .addLayer("depthwise", depthwise.depthMultiplier(w.multiplier()).kernelSize(w.kernel(), w.kernel())
                        .stride(w.stride(), w.stride()).padding(w.padding(), w.padding())
                        .hasBias(w.bias()).activation(w.activation()).build(),
                        "pointwise")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "depthwise")
                .setOutputs("out").build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return graph;
    }
}
