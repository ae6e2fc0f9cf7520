package org.cnnexplorer.dl4j.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.inside.ClassEvidence;
import org.cnnexplorer.inside.Evidence;
import org.cnnexplorer.inside.EvidenceMethod;
import org.cnnexplorer.inside.GradientRequest;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.inside.InspectionEngine;
import org.cnnexplorer.inside.InspectionRequest;
import org.cnnexplorer.io.model.ModelSources;
import org.cnnexplorer.training.NetworkWeights;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Grad-CAM and saliency equal PyTorch's autograd on the same weights: src/test/resources/gradcam
 * (scripts/export_gradcam_fixture.py) holds a tiny network with batch norm (eval mode, non-trivial
 * running statistics), max pooling, a residual add, flatten and dropout, its seeded weights, one image,
 * and for two classes the gradients of the logit with respect to the last feature map and to the input,
 * the Grad-CAM map before and after bilinear enlargement and the saliency map; and the same Grad-CAM on
 * an earlier layer the user can pick, bn1 (its gradient passes ReLU, max pooling and both branches).
 */
class GradCamPyTorchTest {

    private static final Path FIXTURES = Path.of("src/test/resources/gradcam");

    @ParameterizedTest(name = "class {0}")
    @ValueSource(ints = {2, 4})
    void gradientsGradCamAndSaliencyEqualPyTorchs(int k) throws Exception {
        Fixture fixture = Fixture.load();
        NetworkReport report = fixture.request().report();
        JsonNode reference = fixture.reference();
        InspectionRequest request = fixture.request();
        InspectionEngine engine = fixture.engine();
        Inspection inspection = fixture.inspection();
        assertArrayEquals(floats(reference.get("logits")), inspection.require("fc2").values(), 1e-5f, "logits");
        assertEquals(reference.get("predicted").asInt(), inspection.top().get(0).index());
        JsonNode expected = reference.get("classes").get(String.valueOf(k));

        assertEquals("fc2", Evidence.scoreLayer(report));
        assertEquals("relu3", Evidence.camLayer(report).orElseThrow());
        assertArrayEquals(floats(expected.get("gradient")),
                engine.gradient(new GradientRequest(request, "fc2", k, "relu3")), 1e-6f, "d logit / d relu3");
        assertArrayEquals(floats(expected.get("inputGradient")),
                engine.gradient(new GradientRequest(request, "fc2", k, "input")), 1e-6f, "d logit / d input");
        ClassEvidence cam = Evidence.compute(engine, request, inspection, EvidenceMethod.GRAD_CAM, k);
        assertArrayEquals(floats(expected.get("cam")), cam.grid(), 1e-6f, "Grad-CAM on relu3's 4x4 map");
        assertArrayEquals(floats(expected.get("map")), cam.map(), 1e-6f, "Grad-CAM enlarged to 8x8");
        ClassEvidence saliency = Evidence.compute(engine, request, inspection, EvidenceMethod.SALIENCY, k);
        assertArrayEquals(floats(expected.get("saliency")), saliency.map(), 1e-6f, "saliency");
    }

    @ParameterizedTest(name = "class {0}")
    @ValueSource(ints = {2, 4})
    void gradCamOnAnEarlierLayerEqualsPyTorchs(int k) throws Exception {
        Fixture fixture = Fixture.load();
        InspectionRequest request = fixture.request();
        InspectionEngine engine = fixture.engine();
        JsonNode expected = fixture.reference().get("classes").get(String.valueOf(k)).get("earlier");
        String layer = expected.get("layer").asText();

        assertArrayEquals(floats(expected.get("gradient")),
                engine.gradient(new GradientRequest(request, "fc2", k, layer)), 1e-6f, "d logit / d " + layer);
        ClassEvidence cam = Evidence.gradCam(engine, request, fixture.inspection(), layer, k);
        assertEquals(layer, cam.layer());
        assertEquals(8, cam.gridHeight());
        assertArrayEquals(floats(expected.get("cam")), cam.grid(), 1e-6f, "Grad-CAM on " + layer + "'s 8x8 map");
        assertArrayEquals(floats(expected.get("map")), cam.map(), 1e-6f, "Grad-CAM of " + layer + " on the input");
    }

    /** The tiny network with PyTorch's weights and input, inspected once. */
    private record Fixture(JsonNode reference, InspectionRequest request, InspectionEngine engine,
                           Inspection inspection) {

        static Fixture load() throws Exception {
            NetworkReport report = NetworkAnalyzer.analyze(ModelSources.read(FIXTURES.resolve("tiny-gradcam.json")));
            JsonNode reference = new ObjectMapper().readTree(FIXTURES.resolve("tiny-gradcam.ref.json").toFile());
            Map<String, float[]> tensors = new HashMap<>();
            reference.get("weights").fields().forEachRemaining(e -> tensors.put(e.getKey(), floats(e.getValue())));
            InspectionRequest request = new InspectionRequest(report, new NetworkWeights(tensors),
                    floats(reference.get("input")), List.of(), 0);
            InspectionEngine engine = InspectionEngine.discover();
            return new Fixture(reference, request, engine, engine.inspect(request));
        }
    }

    private static float[] floats(JsonNode values) {
        float[] result = new float[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = (float) values.get(i).asDouble();
        }
        return result;
    }
}
