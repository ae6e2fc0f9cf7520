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
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cspdarknet53 built-in against scripts/cspdarknet53_reference.py, a torch.nn writing of timm's
 * CSPDarknet53 (src/test/resources/papers/cspdarknet53[-32].ref.json): parameters, batch-norm
 * buffers, MACs and every layer's output shape, at timm's 256x256 with 1000 classes and at CIFAR-10's
 * size.
 */
class CspDarknet53ReferenceTest {

    /** timm's published parameter count of cspdarknet53. */
    private static final long TIMM_PARAMS = 27_642_184L;

    @ParameterizedTest(name = "{0}: {1}x{2}x{2}, {3} classes")
    @CsvSource({"cspdarknet53.ref.json, 3, 256, 1000", "cspdarknet53-32.ref.json, 3, 32, 10"})
    void everyFigureEqualsThePyTorchWritingOfTimmsLayers(String file, int channels, int size, int classes)
            throws Exception {
        JsonNode reference = new ObjectMapper().readTree(Files.readString(
                Path.of("src", "test", "resources", "papers", file)));
        NetworkSpec spec = ModelCatalog.load("cspdarknet53");
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec)
                .withInput(Shape.of(channels, size, size)).withClasses(classes));
        assertTrue(report.isValid(), report.problems().toString());
        assertEquals(reference.get("params").asLong(), report.totals().params());
        assertEquals(reference.get("buffers").asLong(), report.totals().buffers());
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

    @Test
    void theBuiltInHasTimmsPublishedParameterCount() throws Exception {
        assertEquals(TIMM_PARAMS, NetworkAnalyzer.analyze(ModelCatalog.load("cspdarknet53")).totals().params());
    }
}
