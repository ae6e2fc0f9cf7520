package org.cnnexplorer.dl4j.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.model.ModelCatalog;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Differential test: the DL4J translation of every built-in agrees with the core's analysis. */
class Dl4jGraphFactoryTest {

    /** Built-ins DL4J cannot train yet, with the layer it refuses and why (none since grouped convolutions). */
    static final Map<String, String> NOT_TRAINABLE = Map.of();

    /** Whether training refuses the built-in before any DL4J graph is made (not a classifier). */
    static boolean analysisOnly(String id) {
        try {
            return org.cnnexplorer.training.DatasetAdaptation.analysisOnly(ModelCatalog.load(id)).isPresent();
        } catch (org.cnnexplorer.io.model.ModelFileException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<Arguments> networks() {
        Stream<Arguments> full = ModelCatalog.IDS.stream()
                .filter(id -> !NOT_TRAINABLE.containsKey(id) && !analysisOnly(id))
                .map(id -> Arguments.of(id, null, 0));
        Stream<Arguments> cifar = Stream.of("lenet5", "lenet5-32", "vgg16", "vgg19", "googlenet", "resnet18",
                        "resnet34", "resnet50", "resnet101", "resnet152", "se-resnet50", "mobilenet-v3-large",
                        "efficientnet-b0", "densenet121", "mobilenet-v1", "mobilenet-v2", "xception", "resnext50-32x4d",
                        "cspdarknet53")
                .map(id -> Arguments.of(id, Shape.of(3, 32, 32), 10));
        return Stream.concat(full, cifar);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("networks")
    void dl4jParameterCountMinusBatchNormStatisticsEqualsCoreCount(String id, Shape input, int classes)
            throws Exception {
        NetworkReport report = analyze(id, input, classes);
        ComputationGraphConfiguration conf = Dl4jGraphFactory.configure(report, GraphOptions.defaults());
        assertEquals(report.totals().params(), paramsWithoutRunningStats(conf, report));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("networks")
    void initialisedGraphNumParamsMinusBatchNormStatisticsEqualsCoreCount(String id, Shape input, int classes)
            throws Exception {
        NetworkReport report = analyze(id, input, classes);
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report, GraphOptions.defaults()));
        graph.init();
        try {
            assertEquals(report.totals().params(), graph.numParams() - report.totals().buffers());
        } finally {
            graph.close();
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("networks")
    void dl4jActivationShapesEqualCoreShapes(String id, Shape input, int classes) throws Exception {
        NetworkReport report = analyze(id, input, classes);
        ComputationGraphConfiguration conf = Dl4jGraphFactory.configure(report, GraphOptions.defaults());
        Shape in = report.settings().input();
        Map<String, InputType> types = conf.getLayerActivationTypes(
                InputType.convolutional(in.height(), in.width(), in.channels()));
        int compared = 0;
        for (LayerReport layer : report.layers()) {
            InputType type = types.get(layer.name());
            if (type == null || layer.name().equals(NetworkAnalyzer.INPUT)) {
                continue;
            }
            assertEquals(layer.output().elements(), type.arrayElementsPerExample(), layer.name() + " " + type);
            if (type instanceof InputType.InputTypeConvolutional conv) {
                assertEquals(layer.output(), Shape.of((int) conv.getChannels(), (int) conv.getHeight(),
                        (int) conv.getWidth()), layer.name());
            }
            compared++;
        }
        long coreVertices = conf.getVertices().keySet().stream().filter(n -> report.layer(n).isPresent()).count();
        assertEquals(coreVertices, compared, "every DL4J vertex named after a core layer is compared");
        assertTrue(compared >= report.layers().size() / 2, "compared " + compared + " layers");
    }

    private static NetworkReport analyze(String id, Shape input, int classes) throws Exception {
        NetworkSpec spec = ModelCatalog.load(id);
        AnalysisSettings settings = AnalysisSettings.defaultsFor(spec);
        if (input != null) {
            settings = settings.withInput(input).withClasses(classes);
        }
        NetworkReport report = NetworkAnalyzer.analyze(spec, settings);
        assertTrue(report.isValid(), report.problems().toString());
        return report;
    }

    /** Sums DL4J's own per-layer parameter counts (as numParams() does) without allocating them. */
    static long paramsWithoutRunningStats(ComputationGraphConfiguration conf, NetworkReport report) {
        long total = 0;
        for (Map.Entry<String, GraphVertex> entry : conf.getVertices().entrySet()) {
            if (entry.getValue() instanceof LayerVertex vertex) {
                Layer layer = vertex.getLayerConf().getLayer();
                long params = layer.initializer().numParams(vertex.getLayerConf());
                if (layer instanceof BatchNormalization) {
                    params -= report.layer(entry.getKey()).orElseThrow().buffers();
                }
                total += params;
            }
        }
        return total;
    }
}
