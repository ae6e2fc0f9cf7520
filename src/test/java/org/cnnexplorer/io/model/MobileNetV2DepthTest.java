package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.ScalingMultipliers;
import org.junit.jupiter.api.Test;

/**
 * The depth multiplier on MobileNet v2's seven inverted-residual stages (decision 0012): torchvision has
 * no deeper MobileNet v2, so one stage is worked by hand, and the names must stay a flat count.
 */
class MobileNetV2DepthTest {

    private static NetworkReport analyze(double depth) throws Exception {
        NetworkSpec spec = ModelCatalog.load("mobilenet-v2");
        return NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec)
                .withScaling(new ScalingMultipliers(1, depth, 1)));
    }

    /** Stage name -> its blocks, in order, from the layers' block paths. */
    private static Map<String, Set<String>> stages(NetworkReport report) {
        Map<String, Set<String>> stages = new LinkedHashMap<>();
        for (LayerReport layer : report.layers()) {
            List<String> path = layer.blockPath();
            if (path.size() >= 2 && path.get(0).startsWith("stage")) {
                stages.computeIfAbsent(path.get(0), s -> new LinkedHashSet<>()).add(path.get(1));
            }
        }
        return stages;
    }

    @Test
    void atDepthOneTheBlocksAreTorchvisionsFeatures1To17() throws Exception {
        List<String> blocks = stages(analyze(1)).values().stream().flatMap(Set::stream).toList();
        assertEquals(17, blocks.size());
        for (int i = 0; i < 17; i++) {
            assertEquals("features." + (i + 1), blocks.get(i));
        }
    }

    /** ceil(1.5 n) of the paper's n = 1, 2, 3, 4, 3, 3, 1 is 2, 3, 5, 6, 5, 5, 2: 28 blocks, features.1 .. 28. */
    @Test
    void depthOneAndAHalfGivesEveryStageCeilOfOneAndAHalfTimesItsBlocksNumberedOnWithoutGaps() throws Exception {
        NetworkReport report = analyze(1.5);
        assertTrue(report.isValid(), report.problems().toString());
        Map<String, Set<String>> stages = stages(report);
        assertEquals(List.of(2, 3, 5, 6, 5, 5, 2), stages.values().stream().map(Set::size).toList());
        assertEquals(List.of("features.1", "features.2"), List.copyOf(stages.get("stage1")));
        assertEquals(List.of("features.3", "features.4", "features.5"), List.copyOf(stages.get("stage2")));
        assertEquals("features.28", List.copyOf(stages.get("stage7")).get(1));
        assertEquals(5_783_352, report.totals().params());
        assertEquals(511_526_016, report.totals().macs());
    }

    /**
     * Stage 2 (t 6, c 24, s 2) reads 16 channels. Its first block: expand 16 x 96 = 1,536 + BN 192, depthwise
     * 96 x 9 = 864 + BN 192, project 96 x 24 = 2,304 + BN 48: 5,136. Each later block (24 -> 144 -> 24):
     * 3,456 + 288 + 1,296 + 288 + 3,456 + 48 = 8,832. Depth 1: 5,136 + 8,832 = 13,968; depth 1.5 (3 blocks):
     * 5,136 + 2 x 8,832 = 22,800.
     */
    @Test
    void stageTwosParametersAreWorkedByHand() throws Exception {
        assertEquals(13_968, stageParams(analyze(1), "stage2"));
        assertEquals(22_800, stageParams(analyze(1.5), "stage2"));
    }

    private static long stageParams(NetworkReport report, String stage) {
        return report.layers().stream().filter(l -> !l.blockPath().isEmpty() && l.blockPath().get(0).equals(stage))
                .mapToLong(LayerReport::params).sum();
    }
}
