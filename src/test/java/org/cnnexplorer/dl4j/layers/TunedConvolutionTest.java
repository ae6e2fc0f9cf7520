package org.cnnexplorer.dl4j.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.deeplearning4j.nn.conf.CacheMode;
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
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Differential test: the tuned convolution's gradients (weight-only for the first layer, both
 * backward routes for the second) equal those of DL4J's own convolution layer, on oneDNN's own
 * primitives ({@link OneDnnConvolution}) and, with those off, on libnd4j's routes.
 */
class TunedConvolutionTest {

    @ParameterizedTest(name = "kernel {0}, stride {1}, padding {2}, oneDNN {3}")
    @CsvSource({"3, 1, 1, true", "5, 1, 2, true", "3, 2, 1, true", "2, 2, 0, true", "3, 2, 0, true", "4, 2, 1, true",
        "3, 3, 1, true", "7, 2, 2, true", "1, 2, 0, true", "3, 1, 1, false", "5, 1, 2, false", "3, 2, 1, false",
        "2, 2, 0, false", "3, 2, 0, false", "4, 2, 1, false", "3, 3, 1, false", "7, 2, 2, false", "1, 2, 0, false"})
    void gradientsEqualDl4jsOwnConvolution(int kernel, int stride, int padding, boolean oneDnn) {
        Dl4jRuntime.get();
        OneDnn.use(oneDnn);
        try {
            ComputationGraph reference = graph(false, kernel, stride, padding, 1, Activation.TANH, true,
                    CacheMode.NONE);
            ComputationGraph tuned = graph(true, kernel, stride, padding, 1, Activation.TANH, true, CacheMode.NONE);
            assertSameGradients(reference, tuned, 4, 8);
        } finally {
            OneDnn.use(true);
        }
    }

    /**
     * The oneDNN route's other cases: no bias and the identity (whose backward pass skips recomputing z), dilated
     * windows, and a batch of another size (new primitives) between two of the first size.
     */
    @ParameterizedTest(name = "kernel {0}, stride {1}, padding {2}, dilation {3}, {4}, bias {5}, cache {6}")
    @CsvSource({"3, 1, 1, 1, IDENTITY, false, NONE", "3, 1, 2, 2, IDENTITY, false, DEVICE",
        "3, 2, 1, 2, RELU, true, NONE", "3, 2, 1, 2, RELU, true, DEVICE", "2, 1, 0, 3, TANH, false, DEVICE",
        "1, 1, 0, 1, IDENTITY, true, NONE"})
    void oneDnnRouteCoversBiasDilationAndBatchChanges(int kernel, int stride, int padding, int dilation,
                                                      Activation activation, boolean bias, CacheMode cache) {
        Dl4jRuntime.get();
        ComputationGraph reference = graph(false, kernel, stride, padding, dilation, activation, bias, cache);
        ComputationGraph tuned = graph(true, kernel, stride, padding, dilation, activation, bias, cache);
        assertSameGradients(reference, tuned, 4, 2);
        assertSameGradients(reference, tuned, 3, 2);
        assertSameGradients(reference, tuned, 4, 2);
    }

    private static void assertSameGradients(ComputationGraph reference, ComputationGraph tuned, int batchSize,
                                            int steps) {
        tuned.setParams(reference.params().dup());
        DataSet batch = new DataSet(Nd4j.rand(DataType.FLOAT, batchSize, 3, 9, 9).subi(0.3),
                LayerGradients.labels(batchSize));
        for (int step = 0; step < steps; step++) {
            LayerGradients.assertClose(LayerGradients.of(reference, batch), LayerGradients.of(tuned, batch), 1e-4,
                    "at step " + step + ", batch " + batchSize);
        }
        assertEquals(reference.score(), tuned.score(), 1e-5);
    }

    private static ComputationGraph graph(boolean tuned, int kernel, int stride, int padding, int dilation,
                                          Activation activation, boolean bias, CacheMode cache) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
                .cacheMode(cache)
                .updater(new Sgd(0.1)).weightInit(WeightInit.XAVIER).convolutionMode(ConvolutionMode.Truncate)
                .graphBuilder().addInputs("in").setInputTypes(InputType.convolutional(9, 9, 3))
                .addLayer("first", conv(tuned, true, 4, kernel, stride, padding, dilation, activation, bias), "in")
                .addLayer("second", conv(tuned, false, 5, kernel, stride, padding, dilation, activation, bias),
                        "first")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "second")
                .setOutputs("out").build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return graph;
    }

    private static ConvolutionLayer conv(boolean tuned, boolean first, int filters, int kernel, int stride,
                                         int padding, int dilation, Activation activation, boolean bias) {
        ConvolutionLayer.Builder builder = tuned ? new TunedConvolutionLayer.Builder().readsNetworkInput(first)
                : new ConvolutionLayer.Builder();
        return builder.nOut(filters).kernelSize(kernel, kernel).stride(stride, stride).padding(padding, padding)
                .dilation(dilation, dilation).hasBias(bias).activation(activation).build();
    }
}
