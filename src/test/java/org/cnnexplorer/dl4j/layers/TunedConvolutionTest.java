package org.cnnexplorer.dl4j.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Differential test: the tuned convolution's gradients (weight-only for the first layer, both
 * backward routes for the second) equal those of DL4J's own convolution layer.
 */
class TunedConvolutionTest {

    @ParameterizedTest(name = "kernel {0}, stride {1}, padding {2}")
    @CsvSource({"3, 1, 1", "5, 1, 2", "3, 2, 1", "2, 2, 0", "3, 2, 0", "4, 2, 1", "3, 3, 1", "7, 2, 2", "1, 2, 0"})
    void gradientsEqualDl4jsOwnConvolution(int kernel, int stride, int padding) {
        Dl4jRuntime.get();
        ComputationGraph reference = graph(false, kernel, stride, padding);
        ComputationGraph tuned = graph(true, kernel, stride, padding);
        tuned.setParams(reference.params().dup());
        DataSet batch = new DataSet(Nd4j.rand(DataType.FLOAT, 4, 3, 9, 9), LayerGradients.labels(4));
        for (int step = 0; step < 8; step++) {
            LayerGradients.assertClose(LayerGradients.of(reference, batch), LayerGradients.of(tuned, batch), 1e-4,
                    "at step " + step);
        }
        assertEquals(reference.score(), tuned.score(), 1e-5);
    }

    private static ComputationGraph graph(boolean tuned, int kernel, int stride, int padding) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
                .updater(new Sgd(0.1)).weightInit(WeightInit.XAVIER).convolutionMode(ConvolutionMode.Truncate)
                .graphBuilder().addInputs("in").setInputTypes(InputType.convolutional(9, 9, 3))
                .addLayer("first", conv(tuned, true, 4, kernel, stride, padding), "in")
                .addLayer("second", conv(tuned, false, 5, kernel, stride, padding), "first")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "second")
                .setOutputs("out").build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return graph;
    }

    private static ConvolutionLayer conv(boolean tuned, boolean first, int filters, int kernel, int stride,
                                         int padding) {
        ConvolutionLayer.Builder builder = tuned ? new TunedConvolutionLayer.Builder().readsNetworkInput(first)
                : new ConvolutionLayer.Builder();
        return builder.nOut(filters).kernelSize(kernel, kernel).stride(stride, stride).padding(padding, padding)
                .activation(Activation.TANH).build();
    }
}
