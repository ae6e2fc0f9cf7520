package org.cnnexplorer.dl4j.layers;


import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.dl4j.graph.Dl4jGraphFactory;
import org.cnnexplorer.dl4j.graph.GraphOptions;
import org.cnnexplorer.dl4j.ArrayAsserts;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.cnnexplorer.io.model.ModelCatalog;
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
 * Differential test: single-image inference through convolutions as one matrix product (image
 * columns times weights) gives DL4J's own outputs within 1e-4 relative, for single layers (1x1,
 * 3x3, 7x7, strides, padding, dilation, bias, activations) and for the whole of ResNet-50.
 */
class InferenceConvolutionTest {

    @ParameterizedTest(name = "{0} -> {1} channels, {2}x{2} maps, kernel {3}, stride {4}, padding {5}, "
            + "dilation {6}, bias {7}, {8}")
    @CsvSource({
        "16, 24, 7, 1, 1, 0, 1, true, RELU",
        "32, 8, 1, 1, 1, 0, 1, false, IDENTITY",
        "3, 64, 5, 1, 1, 0, 1, true, TANH",
        "8, 16, 9, 1, 2, 0, 1, true, IDENTITY",
        "5, 12, 8, 3, 1, 1, 1, false, RELU",
        "6, 10, 9, 3, 2, 1, 1, true, IDENTITY",
        "3, 16, 15, 7, 2, 3, 1, false, RELU",
        "4, 6, 10, 3, 1, 2, 2, true, IDENTITY",
        "4, 6, 2, 3, 1, 1, 1, true, IDENTITY"})
    void convolutionEqualsDl4jsOwn(int in, int out, int size, int kernel, int stride, int padding, int dilation,
                                   boolean bias, Activation activation) {
        Dl4jRuntime.get();
        Window window = new Window(in, out, size, kernel, stride, padding, dilation, bias, activation);
        ComputationGraph reference = graph(new ConvolutionLayer.Builder(), window);
        ComputationGraph tuned = graph(new TunedConvolutionLayer.Builder(), window);
        tuned.setParams(reference.params().dup());
        INDArray image = Nd4j.rand(DataType.FLOAT, 1, in, size, size).subi(0.5);
        assertClose(reference.outputSingle(false, image),
                outputBy(TunedConvolution.InferenceRoute.PRODUCT, tuned, image), "layer");
    }

    @Test
    void aBatchOfImagesGivesDl4jsOutputsToo() {
        Dl4jRuntime.get();
        Window window = new Window(4, 6, 5, 3, 1, 1, 1, true, Activation.RELU);
        ComputationGraph reference = graph(new ConvolutionLayer.Builder(), window);
        ComputationGraph tuned = graph(new TunedConvolutionLayer.Builder(), window);
        tuned.setParams(reference.params().dup());
        INDArray image = Nd4j.rand(DataType.FLOAT, 3, 4, 5, 5).subi(0.5);
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
        INDArray expected = outputBy(TunedConvolution.InferenceRoute.ONEDNN, graph, image);
        assertClose(expected, outputBy(TunedConvolution.InferenceRoute.PRODUCT, graph, image), "resnet50");
        for (int pass = 0; pass < 2 * RouteChooser.TRIALS + 3; pass++) { // through the timed choice and after
            assertClose(expected, graph.outputSingle(false, image), "resnet50 pass " + pass);
        }
    }

    private static INDArray outputBy(TunedConvolution.InferenceRoute route, ComputationGraph graph, INDArray image) {
        TunedConvolution.useInferenceRoute(route);
        try {
            return graph.outputSingle(false, image).dup();
        } finally {
            TunedConvolution.useInferenceRoute(TunedConvolution.InferenceRoute.FASTER);
        }
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        ArrayAsserts.assertClose(expected, actual, 1e-4, what);
    }

    private record Window(int in, int out, int size, int kernel, int stride, int padding, int dilation,
                          boolean bias, Activation activation) {
    }

    private static ComputationGraph graph(ConvolutionLayer.Builder layer, Window w) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
                .updater(new Sgd(0.1)).convolutionMode(ConvolutionMode.Truncate).graphBuilder().addInputs("in")
                .setInputTypes(InputType.convolutional(w.size(), w.size(), w.in()))
                .addLayer("convolution", layer.nOut(w.out()).kernelSize(w.kernel(), w.kernel())
                        .stride(w.stride(), w.stride()).padding(w.padding(), w.padding())
                        .dilation(w.dilation(), w.dilation()).hasBias(w.bias()).biasInit(0.3)
                        .activation(w.activation()).build(), "in")
                .setOutputs("convolution").build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return graph;
    }
}
