package org.cnnexplorer.dl4j.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cnnexplorer.core.AddSpec;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.dl4j.graph.Dl4jGraphFactory;
import org.cnnexplorer.dl4j.graph.Dl4jWeights;
import org.cnnexplorer.dl4j.graph.GraphOptions;
import org.cnnexplorer.inside.ClassScore;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.inside.InspectionEngine;
import org.cnnexplorer.inside.InspectionRequest;
import org.cnnexplorer.inside.LayerActivation;
import org.cnnexplorer.io.model.ModelCatalog;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.ActivationLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Inside view's forward pass (built unfused) against DL4J's own {@code feedForward} of the graph
 * training uses (activations folded into the layer before them, softmax inside the output layer), with
 * the same weights: every DL4J vertex of the training graph equals the inspected output of the last
 * core layer it stands for.
 */
class Dl4jInspectionEngineTest {

    static final Shape CIFAR = Shape.of(3, 32, 32);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lenet5", "googlenet", "resnet50"})
    void everyLayerEqualsTheTrainingGraphsFeedForward(String id) throws Exception {
        NetworkReport report = analyze(id, CIFAR, 10);
        float[] image = image(CIFAR, 7);
        Inspection inspection = InspectionEngine.discover().inspect(
                new InspectionRequest(report, null, image, List.of(), 0));
        assertEquals(report.layers().size(), inspection.layers().size());

        Map<String, INDArray> trained = trainingGraphOutputs(report, inspection, image);
        Map<String, String> owners = new HashMap<>();
        Dl4jGraphFactory.Translation fused = Dl4jGraphFactory.translate(report, GraphOptions.defaults(), true);
        report.layers().forEach(l -> owners.put(fused.vertices().get(l.name()), l.name()));
        int compared = 0;
        for (Map.Entry<String, String> owner : owners.entrySet()) {
            INDArray expected = trained.get(owner.getKey());
            if (expected == null) {
                continue;
            }
            float[] actual = inspection.require(owner.getValue()).values();
            if (owner.getKey().equals(classifier(report))) {
                actual = softmax(actual);
            }
            assertClose(flat(expected), actual, id + " " + owner.getValue());
            compared++;
        }
        assertTrue(compared >= owners.size() / 2, "compared " + compared + " of " + owners.size());
        assertAddsSumTheirInputs(inspection);
        assertBatchNormsFollowTheirFormula(inspection);
    }

    /**
     * Each vertex runs in one reused workspace and only a detached copy of its output is kept: a timed
     * inspection (every vertex run again on copies) gives the untimed maps (to float rounding: a layer may
     * be trying its other route), and later inspections leave an earlier one's maps exactly as they were.
     */
    @Test
    void timedAndLaterInspectionsLeaveEveryMapAsComputed() throws Exception {
        NetworkReport report = analyze("resnet50", CIFAR, 10);
        InspectionEngine engine = InspectionEngine.discover();
        Inspection first = engine.inspect(new InspectionRequest(report, null, image(CIFAR, 7), List.of(), 0));
        List<float[]> kept = first.layers().stream().map(l -> l.values().clone()).toList();
        Inspection timed = engine.inspect(new InspectionRequest(report, null, image(CIFAR, 7), List.of(), 1));
        Inspection other = engine.inspect(new InspectionRequest(report, null, image(CIFAR, 8), List.of(), 0));
        for (int i = 0; i < kept.size(); i++) {
            String name = first.layers().get(i).name();
            assertArrayEquals(kept.get(i), first.layers().get(i).values(), name);
            assertClose(kept.get(i), timed.layers().get(i).values(), name + " timed"); // the routes' rounding
        }
        assertTrue(timed.layers().stream().filter(l -> !Double.isNaN(l.millis())).allMatch(l -> l.millis() >= 0));
        assertTrue(timed.layers().stream().filter(l -> Double.isFinite(l.millis())).count() > kept.size() / 2,
                "most layers are timed");
        assertFalse(Arrays.equals(kept.get(0), other.layers().get(0).values()), "another image gives other maps");
    }

    @Test
    void refusesAnImageWhoseMapsCannotAllBeKeptNamingTheNetworkTheInputAndTheSizes() throws Exception {
        NetworkReport huge = analyze("resnet50", Shape.of(3, 4096, 4096), 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dl4jInspectionEngine.checkMapsFit(huge));
        assertTrue(e.getMessage().contains("resnet50") && e.getMessage().contains("3x4096x4096")
                && e.getMessage().contains("GiB of Java heap"), e.getMessage());
        Dl4jInspectionEngine.checkMapsFit(analyze("resnet50", Shape.of(3, 224, 224), 10));
    }

    @Test
    void topClassesAreSortedProbabilitiesWithTheGivenNames() throws Exception {
        NetworkReport report = analyze("lenet5", CIFAR, 10);
        List<String> names = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        Inspection inspection = InspectionEngine.discover().inspect(
                new InspectionRequest(report, null, image(CIFAR, 3), names, 3));
        List<ClassScore> top = inspection.top();
        assertEquals(5, top.size());
        for (int i = 1; i < top.size(); i++) {
            assertTrue(top.get(i - 1).probability() >= top.get(i).probability());
        }
        assertEquals(names.get(top.get(0).index()), top.get(0).name());
        LayerActivation last = inspection.layers().get(inspection.layers().size() - 1);
        assertEquals(softmax(last.values())[top.get(0).index()], top.get(0).probability(), 1e-6,
                "LeNet-5 ends in logits: the probabilities are their softmax");
        assertTrue(inspection.forwardMillis() > 0);
        assertTrue(inspection.require("c1").millis() > 0, "a convolution is timed");
    }

    /** The training graph's output layer, a dense layer with the softmax inside, when no softmax follows it. */
    private static String classifier(NetworkReport report) {
        LayerReport last = report.layers().get(report.layers().size() - 1);
        return last.spec() instanceof DenseSpec ? last.name() : "";
    }

    private static float[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float z : logits) {
            max = Math.max(max, z);
        }
        double sum = 0;
        for (float z : logits) {
            sum += Math.exp(z - max);
        }
        float[] p = new float[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (Math.exp(logits[i] - max) / sum);
        }
        return p;
    }

    static NetworkReport analyze(String id, Shape input, int classes) throws Exception {
        NetworkSpec spec = ModelCatalog.load(id);
        NetworkReport report = NetworkAnalyzer.analyze(spec,
                AnalysisSettings.defaultsFor(spec).withInput(input).withClasses(classes));
        assertTrue(report.isValid(), report.problems().toString());
        return report;
    }

    static float[] image(Shape shape, long seed) {
        Random random = new Random(seed);
        float[] values = new float[(int) shape.elements()];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextFloat() * 2 - 1;
        }
        return values;
    }

    /**
     * DL4J's {@code feedForward} of the training graph. An activation layer (a ReLU after a batch norm
     * or an add) applies its function in place on the array of the vertex it reads, so those vertices
     * are left out here; the caller checks them by their formulas from the inspected inputs.
     */
    private static Map<String, INDArray> trainingGraphOutputs(NetworkReport report, Inspection inspection,
                                                             float[] image) {
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report, GraphOptions.defaults()));
        graph.init();
        Dl4jWeights.write(graph, report, inspection.weights());
        Shape in = report.settings().input();
        INDArray features = Nd4j.createFromArray(image)
                .reshape('c', new long[] {1, in.channels(), in.height(), in.width()});
        Map<String, INDArray> full = graph.feedForward(features, false);
        full.replaceAll((name, array) -> array.dup());
        Map<String, INDArray> outputs = new HashMap<>();
        for (GraphVertex vertex : graph.getVertices()) {
            String name = vertex.getVertexName();
            if (vertex.isInputVertex() || name.equals("loss")) {
                continue;
            }
            if (!readByAnActivationLayer(graph, name)) {
                outputs.put(name, full.get(name));
            }
        }
        graph.close();
        return outputs;
    }

    private static boolean readByAnActivationLayer(ComputationGraph graph, String vertex) {
        return graph.getConfiguration().getVertexInputs().entrySet().stream()
                .filter(e -> e.getValue().contains(vertex))
                .anyMatch(e -> graph.getVertex(e.getKey()).hasLayer()
                        && graph.getVertex(e.getKey()).getLayer() instanceof ActivationLayer);
    }

    /**
     * {@code y = (x - mean) / sqrt(var + eps) * gamma + beta} for every batch norm, per channel, to 1e-3:
     * DL4J's fresh batch norm keeps {@code log10(std)} = 0, so with GoogLeNet's eps 0.001 its
     * {@code sqrt(var + eps)} differs from the variance read back by about 5e-4.
     */
    private static void assertBatchNormsFollowTheirFormula(Inspection inspection) {
        for (LayerReport layer : inspection.report().layers()) {
            if (layer.spec() instanceof BatchNormSpec bn) {
                float[] x = inspection.require(layer.inputs().get(0)).values();
                float[] gamma = inspection.weights().tensor(layer.name(), "weight").orElseThrow();
                float[] beta = inspection.weights().tensor(layer.name(), "bias").orElseThrow();
                float[] mean = inspection.weights().tensor(layer.name(), "running_mean").orElseThrow();
                float[] variance = inspection.weights().tensor(layer.name(), "running_var").orElseThrow();
                int plane = layer.output().height() * layer.output().width();
                float[] expected = new float[x.length];
                for (int i = 0; i < x.length; i++) {
                    int c = i / plane;
                    expected[i] = (float) ((x[i] - mean[c]) / Math.sqrt(variance[c] + bn.epsilon()) * gamma[c]
                            + beta[c]);
                }
                assertClose(expected, inspection.require(layer.name()).values(), 1e-3, layer.name() + " batch norm");
            }
        }
    }

    /** Every add layer's output is the sum of its inputs' inspected outputs. */
    private static void assertAddsSumTheirInputs(Inspection inspection) {
        for (LayerReport layer : inspection.report().layers()) {
            if (layer.spec() instanceof AddSpec) {
                float[] sum = new float[(int) layer.output().elements()];
                for (String input : layer.inputs()) {
                    float[] values = inspection.require(input).values();
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += values[i];
                    }
                }
                assertClose(sum, inspection.require(layer.name()).values(), layer.name() + " = sum of its inputs");
            }
        }
    }

    private static float[] flat(INDArray array) {
        return array.castTo(DataType.FLOAT).dup('c').reshape('c', new long[] {array.length()}).toFloatVector();
    }

    static void assertClose(float[] expected, float[] actual, String what) {
        assertClose(expected, actual, 1e-4, what);
    }

    static void assertClose(float[] expected, float[] actual, double relative, String what) {
        assertEquals(expected.length, actual.length, what);
        double scale = 1e-6;
        for (float v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], relative * scale, what + " value " + i);
        }
    }

}
