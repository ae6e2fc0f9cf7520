package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.ScalingMultipliers;
import org.cnnexplorer.core.Totals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The multipliers of decision 0012 against torchvision 0.14 (scripts/scaling_reference.py writes
 * src/test/resources/scaling/torchvision-scaling.json) and MobileNet v1's paper, with each
 * difference our per-layer rule leaves explained.
 */
class ScalingReferenceTest {

    private static JsonNode reference() throws Exception {
        return new ObjectMapper().readTree(Files.readString(
                Path.of("src", "test", "resources", "scaling", "torchvision-scaling.json")));
    }

    private static Totals totals(String id, ScalingMultipliers m) throws Exception {
        NetworkSpec spec = ModelCatalog.load(id);
        AnalysisSettings settings = AnalysisSettings.defaultsFor(spec);
        return NetworkAnalyzer.analyze(spec, settings.withInput(m.input(spec.input())).withScaling(m)).totals();
    }

    @Test
    void makeDivisibleEqualsTorchvisionsOnEveryTabulatedValue() throws Exception {
        List<String> differences = new ArrayList<>();
        for (JsonNode row : reference().get("make_divisible")) {
            int ours = new ScalingMultipliers(row.get(1).asDouble(), 1, 1).channels(row.get(0).asInt());
            if (ours != row.get(2).asInt()) {
                differences.add(row + ": " + ours);
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void depthGivesEfficientNetB1ToB3sStageBlockCounts() throws Exception {
        JsonNode depths = reference().get("efficientnet_depth");
        for (String depth : List.of("1.1", "1.2", "1.4")) {
            ScalingMultipliers m = new ScalingMultipliers(1, Double.parseDouble(depth), 1);
            List<Integer> ours = List.of(1, 2, 2, 3, 3, 4, 1).stream().map(m::repeats).toList();
            List<Integer> torchvision = new ArrayList<>();
            depths.get(depth).forEach(n -> torchvision.add(n.asInt()));
            assertEquals(torchvision, ours, "depth " + depth);
        }
    }

    /** Howard et al. 2017, Table 6: 4.2 M / 569 M, 2.6 M / 325 M, 1.3 M / 149 M (all counts multiples of 8). */
    @ParameterizedTest(name = "MobileNet v1 at alpha {0}: {1} params, {2} MACs")
    @CsvSource({"1.0, 4231976, 568740352", "0.75, 2585560, 325400448", "0.5, 1331592, 149497088"})
    void mobileNetV1AtAlphaHasThePapersCounts(double alpha, long params, long macs) throws Exception {
        Totals totals = totals("mobilenet-v1", new ScalingMultipliers(alpha, 1, 1));
        assertEquals(params, totals.params());
        assertEquals(macs, totals.macs());
    }

    /**
     * torchvision's mobilenet_v2(width_mult) keeps the last 1x1 conv at 1280 channels for widths below 1
     * ({@code _make_divisible(1280 * max(1.0, w))}); the built-in says so with {@code "widthFloor": 1}. Its
     * inverted-residual blocks give their expansion as a ratio, so an expansion conv has 6 x its scaled input as
     * in torchvision. Without the floor the counts are 1,225,000 (0.5) and 2,238,984 (0.75).
     */
    @ParameterizedTest(name = "MobileNet v2 at width {0}")
    @CsvSource({"0.5, 1968680, 97131840, 1225000", "0.75, 2636424, 209069792, 2238984"})
    void mobileNetV2EqualsTorchvisionWithItsLastConvKeptAt1280(String width, long params, long macs,
                                                               long withoutFloor) throws Exception {
        ScalingMultipliers m = new ScalingMultipliers(Double.parseDouble(width), 1, 1);
        Totals totals = totals("mobilenet-v2", m);
        assertEquals(reference().get("mobilenet_v2").get(width).get("params").asLong(), params);
        assertEquals(reference().get("mobilenet_v2").get(width).get("macs").asLong(), macs);
        assertEquals(params, totals.params());
        assertEquals(macs, totals.macs());
        NetworkSpec spec = ModelCatalog.load("mobilenet-v2");
        List<NodeSpec> nodes = spec.nodes().stream()
                .map(n -> new NodeSpec(n.name(), n.element(), n.inputs(), n.trainable())).toList();
        NetworkSpec unfloored = new NetworkSpec(spec.id(), spec.name(), spec.variant(), spec.source(), spec.input(),
                spec.classes(), nodes);
        assertEquals(withoutFloor, NetworkAnalyzer.analyze(unfloored, AnalysisSettings.defaultsFor(unfloored)
                .withScaling(m)).totals().params());
    }

    @Test
    void resolutionGivesEfficientNetB1sInput() throws Exception {
        NetworkSpec b0 = ModelCatalog.load("efficientnet-b0");
        assertEquals(reference().get("efficientnet").get("b1").get("input").asInt(),
                new ScalingMultipliers(1, 1.1, 240.0 / 224).input(b0.input()).height());
    }
}
