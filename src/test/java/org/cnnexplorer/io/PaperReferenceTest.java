package org.cnnexplorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        JsonNode reference = new ObjectMapper().readTree(Files.readString(
                Path.of("src", "test", "resources", "papers", id + ".ref.json")));
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load(id));
        assertTrue(report.isValid(), report.problems().toString());
        assertEquals(reference.get("params").asLong(), report.totals().params());
        assertEquals(reference.get("macs").asLong(), report.totals().macs());
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
}
