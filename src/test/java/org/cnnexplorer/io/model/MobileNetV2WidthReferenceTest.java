package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.ScalingMultipliers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code mobilenet-v2} built-in at torchvision's {@code width_mult} (decision 0012), module by module
 * against torchvision 0.14 ({@code scripts/efficientnet_scaling_reference.py}): channels rounded by
 * {@code _make_divisible(c x w, 8)}, expansion convs at 6 x the scaled block input, the last conv never
 * below 1280.
 */
class MobileNetV2WidthReferenceTest {

    private static NetworkReport analyze(double width) throws Exception {
        NetworkSpec spec = ModelCatalog.load("mobilenet-v2");
        return NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec)
                .withScaling(new ScalingMultipliers(width, 1, 1)));
    }

    private static JsonNode reference(String width) throws Exception {
        return ScaledReferences.read("mobilenet-v2-w" + width + "-3x224x224-1000.json");
    }

    /**
     * 1.4: 6,108,776 params, 47,936 buffers, 582,195,824 MACs; 0.75: 2,636,424 params; 0.5: 1,968,680, with the
     * last 1x1 conv kept at 1280 channels below width 1 ({@code "widthFloor": 1}) as torchvision keeps it
     * ({@code _make_divisible(1280 x max(1, w))}); every one of the 141 modules and 53 weight layers.
     */
    @ParameterizedTest(name = "width {0}")
    @ValueSource(strings = {"0.5", "0.75", "1.4"})
    void everyModuleAndTotalEqualsTorchvision(String width) throws Exception {
        JsonNode reference = reference(width);
        NetworkReport report = analyze(Double.parseDouble(width));
        assertEquals(List.of(), report.problems());
        assertEquals(reference.get("params").asLong(), report.totals().params());
        assertEquals(reference.get("buffers").asLong(), report.totals().buffers());
        assertEquals(reference.get("macs").asLong(), report.totals().macs());
        assertEquals(List.of(), ScaledReferences.differences(reference, report, module -> false));
    }
}
