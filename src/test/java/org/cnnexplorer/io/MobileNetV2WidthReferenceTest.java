package org.cnnexplorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.ScalingMultipliers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code mobilenet-v2} built-in at torchvision's {@code width_mult} (decision 0012), module by module
 * against torchvision 0.14 ({@code scripts/efficientnet_scaling_reference.py}): channels rounded by
 * {@code _make_divisible(c x w, 8)}, expansion convs at 6 x the scaled block input.
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

    /** 6,108,776 params, 47,936 buffers, 582,195,824 MACs; every one of the 141 modules and 53 weight layers. */
    @Test
    void atWidthOnePointFourEveryModuleAndTotalEqualsTorchvision() throws Exception {
        JsonNode reference = reference("1.4");
        NetworkReport report = analyze(1.4);
        assertEquals(List.of(), report.problems());
        assertEquals(reference.get("params").asLong(), report.totals().params());
        assertEquals(reference.get("buffers").asLong(), report.totals().buffers());
        assertEquals(reference.get("macs").asLong(), report.totals().macs());
        assertEquals(List.of(), ScaledReferences.differences(reference, report, module -> false));
    }

    /**
     * Below width 1 torchvision keeps the last 1x1 conv at {@code _make_divisible(1280 x max(1, w))} = 1280
     * channels (the paper does too), where the one rule scales it to 640 (0.5) or 960 (0.75); so exactly that
     * conv, its batch norm and ReLU6, and the classifier that reads it differ, and every module before equals
     * torchvision's (decision 0012, "Where the rule cannot reproduce a reference exactly").
     */
    @ParameterizedTest(name = "width {0}")
    @ValueSource(strings = {"0.5", "0.75"})
    void belowWidthOneOnlyTheLastConvAndWhatReadsItDiffer(String width) throws Exception {
        List<String> modules = ScaledReferences.differences(reference(width), analyze(Double.parseDouble(width)),
                module -> false).stream().map(d -> d.substring(0, d.indexOf(':'))).distinct().toList();
        assertEquals(List.of("features.18.0", "features.18.1", "features.18.2", "classifier.0", "classifier.1"),
                modules);
    }
}
