package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.ScalingMultipliers;
import org.cnnexplorer.core.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EfficientNet-B1 and B2 as the {@code efficientnet-b0} built-in at torchvision's width, depth and
 * resolution (decision 0012), layer by layer against torchvision 0.14
 * ({@code scripts/efficientnet_scaling_reference.py} writes {@code src/test/resources/scaling/}):
 * the built-in's {@code inverted-residual-stage}s give the depth multiplier its blocks, and their
 * squeeze-and-excitation widths follow each block's scaled input as torchvision's do.
 */
class EfficientNetScalingReferenceTest {

    private static NetworkReport analyze(double width, double depth, int size) throws Exception {
        NetworkSpec b0 = ModelCatalog.load("efficientnet-b0");
        return NetworkAnalyzer.analyze(b0, AnalysisSettings.defaultsFor(b0).withInput(Shape.of(3, size, size))
                .withScaling(new ScalingMultipliers(width, depth, 1)));
    }

    private static JsonNode reference(String variant, int size) throws Exception {
        return ScaledReferences.read("efficientnet-" + variant + "-3x" + size + "x" + size + "-1000.json");
    }

    @ParameterizedTest(name = "EfficientNet-{0}: width {1}, depth {2}, {3}x{3}")
    @CsvSource({"b1, 1.0, 1.1, 240, 7794184", "b2, 1.1, 1.2, 260, 9109994"})
    void totalsEqualTorchvision(String variant, double width, double depth, int size, long params) throws Exception {
        JsonNode reference = reference(variant, size);
        NetworkReport report = analyze(width, depth, size);
        assertEquals(List.of(), report.problems());
        assertEquals(params, reference.get("params").asLong());
        assertEquals(params, report.totals().params());
        assertEquals(reference.get("buffers").asLong(), report.totals().buffers());
        assertEquals(reference.get("macs").asLong(), report.totals().macs());
    }

    /** B3's totals (torchvision-scaling.json of scripts/scaling_reference.py): 12,233,232 params, 1.83 G MACs. */
    @ParameterizedTest(name = "EfficientNet-{0}: width {1}, depth {2}, {3}x{3}")
    @CsvSource({"b0, 1.0, 1.0, 224", "b1, 1.0, 1.1, 240", "b2, 1.1, 1.2, 260", "b3, 1.2, 1.4, 300"})
    void totalsOfB0ToB3EqualTorchvision(String variant, double width, double depth, int size) throws Exception {
        JsonNode reference = ScaledReferences.read("torchvision-scaling.json").get("efficientnet").get(variant);
        NetworkReport report = analyze(width, depth, size);
        assertEquals(reference.get("params").asLong(), report.totals().params());
        assertEquals(reference.get("macs").asLong(), report.totals().macs());
    }

    @ParameterizedTest(name = "EfficientNet-{0}: width {1}, depth {2}, {3}x{3}")
    @CsvSource({"b1, 1.0, 1.1, 240", "b2, 1.1, 1.2, 260"})
    void everyModuleHasTorchvisionsShapeAndEveryWeightLayerItsParametersAndMacs(String variant, double width,
            double depth, int size) throws Exception {
        JsonNode reference = reference(variant, size);
        NetworkReport report = analyze(width, depth, size);
        List<String> differences = ScaledReferences.differences(reference, report,
                module -> module.endsWith(".stochastic_depth")); // the identity at inference: no layer for it
        assertEquals(List.of(), differences);
        assertTrue(reference.get("layers").size() > 100);
    }
}
