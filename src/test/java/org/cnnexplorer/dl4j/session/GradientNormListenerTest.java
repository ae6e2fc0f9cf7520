package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.dl4j.graph.Dl4jGraphFactory;
import org.cnnexplorer.dl4j.graph.Dl4jWeights;
import org.cnnexplorer.dl4j.graph.GraphOptions;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.cnnexplorer.lessons.PlainVsResidual;
import org.cnnexplorer.training.NetworkWeights;
import org.cnnexplorer.training.TrainingEvent;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The per-layer gradient norms a training step reports equal PyTorch's on the same weights and
 * images: the plain-vs-residual lesson's networks at 2 blocks of 2 channels, PyTorch's default
 * initial weights, two fixed images, mean cross-entropy
 * (src/test/resources/lessons/plainres-gradients.ref.json, scripts/plainres_gradient_reference.py).
 */
class GradientNormListenerTest {

    private static final Path REFERENCE = Path.of("src/test/resources/lessons/plainres-gradients.ref.json");

    @ParameterizedTest
    @CsvSource({"0, plain", "1, residual"})
    void theFirstStepsNormsEqualPyTorchsGradientNorms(int network, String key) throws Exception {
        Dl4jRuntime.get();
        JsonNode reference = new ObjectMapper().readTree(REFERENCE.toFile());
        NetworkSpec spec = new PlainVsResidual(2, 2).networks().get(network);
        NetworkReport report = NetworkAnalyzer.analyze(spec);
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report, GraphOptions.defaults()));
        graph.init();
        Dl4jWeights.write(graph, report, weights(reference.get(key).get("weights")));
        List<TrainingEvent> events = new ArrayList<>();
        graph.addListeners(new GradientNormListener(report, 1, 1, events::add));

        graph.fit(batch(reference));

        assertEquals(reference.get(key).get("loss").asDouble(), graph.score(), 1e-5, "loss");
        TrainingEvent.GradientNorms norms = (TrainingEvent.GradientNorms) events.get(0);
        assertEquals(1, events.size());
        Map<String, Double> expected = new HashMap<>();
        reference.get(key).get("norms").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asDouble()));
        assertEquals(List.of("conv1", "block1_conv1", "block1_conv2", "block2_conv1", "block2_conv2", "fc"),
                norms.layers().stream().map(TrainingEvent.LayerNorm::layer).toList());
        for (TrainingEvent.LayerNorm layer : norms.layers()) {
            double want = expected.get(layer.layer());
            assertEquals(want, layer.norm(), want * 1e-4, layer.layer());
        }
        graph.close();
    }

    private static DataSet batch(JsonNode reference) {
        JsonNode images = reference.get("images");
        float[] pixels = new float[images.size()];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) images.get(i).asDouble();
        }
        JsonNode labels = reference.get("labels");
        float[][] oneHot = new float[labels.size()][PlainVsResidual.CLASSES];
        for (int i = 0; i < labels.size(); i++) {
            oneHot[i][labels.get(i).asInt()] = 1;
        }
        return new DataSet(Nd4j.create(pixels, new long[] {labels.size(), 1, 28, 28}, 'c'), Nd4j.create(oneHot));
    }

    private static NetworkWeights weights(JsonNode tensors) {
        Map<String, float[]> values = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tensors.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            float[] array = new float[entry.getValue().size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = (float) entry.getValue().get(i).asDouble();
            }
            values.put(entry.getKey(), array);
        }
        return new NetworkWeights(values);
    }
}
