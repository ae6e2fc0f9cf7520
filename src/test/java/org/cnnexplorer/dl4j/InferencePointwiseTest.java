package org.cnnexplorer.dl4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.ModelCatalog;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * Differential test: single-image inference through 1x1 convolutions as matrix products gives
 * DL4J's own outputs within 1e-4 relative, for one layer and for the whole of ResNet-50.
 */
class InferencePointwiseTest {

    @ParameterizedTest(name = "{0} -> {1} channels, {2}x{2}, bias {3}, {4}")
    @CsvSource({"16, 24, 7, true, RELU", "32, 8, 1, false, IDENTITY", "3, 64, 5, true, TANH"})
    void pointwiseConvolutionEqualsDl4jsOwn(int in, int out, int size, boolean bias, Activation activation) {
        Dl4jRuntime.get();
        ComputationGraph reference = graph(new ConvolutionLayer.Builder(), in, out, size, bias, activation);
        ComputationGraph tuned = graph(new TunedConvolutionLayer.Builder(), in, out, size, bias, activation);
        tuned.setParams(reference.params().dup());
        INDArray image = Nd4j.rand(DataType.FLOAT, 1, in, size, size).subi(0.5);
        assertClose(reference.outputSingle(false, image), tuned.outputSingle(false, image), "layer");
    }

    @Test
    void resNet50OutputsEqualTheOneDnnPath() throws Exception {
        Dl4jRuntime.get();
        NetworkSpec spec = ModelCatalog.load("resnet50").withInput(Shape.of(3, 32, 32)).withClasses(10);
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec).withBatch(1));
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report,
                new GraphOptions(Optimizer.SGD, 0.01, 0)));
        graph.init();
        INDArray image = Nd4j.rand(DataType.FLOAT, 1, 3, 32, 32);
        TunedConvolution.usePointwiseProduct(false);
        INDArray expected;
        try {
            expected = graph.outputSingle(false, image).dup();
        } finally {
            TunedConvolution.usePointwiseProduct(true);
        }
        assertClose(expected, graph.outputSingle(false, image), "resnet50");
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        double scale = Math.max(1e-6, expected.amaxNumber().doubleValue());
        double difference = actual.sub(expected).amaxNumber().doubleValue();
        assertTrue(difference / scale < 1e-4, what + " differs by " + difference + " of " + scale);
    }

    private static ComputationGraph graph(ConvolutionLayer.Builder layer, int in, int out, int size, boolean bias,
                                          Activation activation) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
                .updater(new Sgd(0.1)).convolutionMode(ConvolutionMode.Truncate).graphBuilder().addInputs("in")
                .setInputTypes(InputType.convolutional(size, size, in))
                .addLayer("pointwise", layer.nOut(out).kernelSize(1, 1).hasBias(bias)
                        .biasInit(0.3).activation(activation).build(), "in")
                .setOutputs("pointwise").build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return graph;
    }
}
