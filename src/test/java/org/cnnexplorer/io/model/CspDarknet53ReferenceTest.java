package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.cnnexplorer.core.AnalysisSettings;
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
        JsonNode reference = PaperReferenceTest.reference(file);
        NetworkSpec spec = ModelCatalog.load("cspdarknet53");
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec)
                .withInput(Shape.of(channels, size, size)).withClasses(classes));
        assertTrue(report.isValid(), report.problems().toString());
        assertEquals(reference.get("params").asLong(), report.totals().params());
        assertEquals(reference.get("buffers").asLong(), report.totals().buffers());
        assertEquals(reference.get("macs").asLong(), report.totals().macs());
        PaperReferenceTest.assertEveryOutputShapeEquals(reference, report);
    }

    @Test
    void theBuiltInHasTimmsPublishedParameterCount() throws Exception {
        assertEquals(TIMM_PARAMS, NetworkAnalyzer.analyze(ModelCatalog.load("cspdarknet53")).totals().params());
    }
}
