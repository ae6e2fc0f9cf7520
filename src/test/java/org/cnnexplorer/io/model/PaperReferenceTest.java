package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.training.DatasetAdaptation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-ins torchvision does not have (U-Net, FCN-8s, YOLO v1) against a PyTorch run of the same
 * layers (scripts/paper_models.py interprets the model file with torch.nn and writes
 * src/test/resources/papers/ID.ref.json): parameters, MACs and every layer's output shape.
 */
class PaperReferenceTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unet", "fcn8s", "yolo-v1"})
    void everyFigureEqualsThePyTorchRunOfTheSameLayers(String id) throws Exception {
        JsonNode reference = reference(id + ".ref.json");
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load(id));
        assertTrue(report.isValid(), report.problems().toString());
        assertEquals(reference.get("params").asLong(), report.totals().params());
        assertEquals(reference.get("macs").asLong(), report.totals().macs());
        assertEveryOutputShapeEquals(reference, report);
    }

    /** A file of src/test/resources/papers written by a PyTorch run ({@code scripts/}). */
    static JsonNode reference(String file) throws IOException {
        return new ObjectMapper().readTree(Files.readString(Path.of("src", "test", "resources", "papers", file)));
    }

    /**
     * Every layer's output shape in {@code reference}'s {@code outputs} equals the report's, and no
     * layer is left out.
     */
    static void assertEveryOutputShapeEquals(JsonNode reference, NetworkReport report) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, JsonNode> output : (Iterable<Map.Entry<String, JsonNode>>) () ->
                reference.get("outputs").fields()) {
            JsonNode dims = output.getValue();
            Shape expected = dims.size() == 1 ? Shape.vector(dims.get(0).asInt())
                    : Shape.of(dims.get(0).asInt(), dims.get(1).asInt(), dims.get(2).asInt());
            Shape actual = report.layer(output.getKey()).map(LayerReport::output).orElse(null);
            if (!expected.equals(actual)) {
                differences.add(output.getKey() + ": " + actual + " but PyTorch " + expected);
            }
        }
        assertEquals(List.of(), differences);
        assertEquals(report.layers().size() - 1, reference.get("outputs").size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unet", "fcn8s", "yolo-v1"})
    void segmentationAndDetectionNetworksSayTheyAreAnalysisOnly(String id) throws Exception {
        String message = DatasetAdaptation.analysisOnly(ModelCatalog.load(id)).orElseThrow();
        assertTrue(message.startsWith(id + " is analysis only: it outputs "), message);
    }

    /**
     * U-Net's receptive field through its up-convolutions and crop-and-concat skips against PyTorch:
     * the widest span of non-zero input gradients of one output value (constant weights, no ReLU)
     * over 16 neighbouring rows. (The output's 200 is short of PyTorch's 204, which some rows reach
     * where the copies of four up-convolutions line up: an open gap of the field model.)
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}, jump {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "enc5.relu2, 140, 16", "up4, 140, 16", "dec4.relu2, 172, 8", "up3, 172, 8", "dec3.relu2, 188, 4"})
    void uNetsFieldEqualsPyTorchsGradientSpans(String layer, int size, int jump) throws Exception {
        LayerReport report = NetworkAnalyzer.analyze(ModelCatalog.load("unet")).layer(layer).orElseThrow();
        assertEquals(size, report.receptiveField().sizeHeight());
        assertEquals(jump, report.receptiveField().jumpHeight());
    }
}
