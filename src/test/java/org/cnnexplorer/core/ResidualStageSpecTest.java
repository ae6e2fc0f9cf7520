package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResidualStageSpecTest {

    private static final ResidualStageSpec LAYER2 = new ResidualStageSpec(ResidualBlockSpec.Kind.BOTTLENECK, 4,
            128, 2, true);

    @Test
    void expandsIntoNumberedBlocksEachReadingTheOneBefore() {
        BlockSpec.Expansion expansion = LAYER2.expand("layer2", List.of("layer1"), Shape.of(256, 56, 56));
        assertEquals(List.of("layer2.0", "layer2.1", "layer2.2", "layer2.3"),
                expansion.nodes().stream().map(NodeSpec::name).toList());
        assertEquals(List.of("layer1"), expansion.nodes().get(0).inputs());
        assertEquals(List.of("layer2.2"), expansion.nodes().get(3).inputs());
        assertEquals("layer2.3", expansion.output());
    }

    @Test
    void onlyTheFirstBlockStridesAndProjects() {
        NetworkReport report = analyze(Shape.of(256, 56, 56), NodeSpec.of("layer2", LAYER2));
        assertEquals(Shape.of(512, 28, 28), layer(report, "layer2.0.relu").output());
        assertEquals(Shape.of(512, 28, 28), report.output());
        assertTrue(report.layer("layer2.0.downsample.0").isPresent());
        assertTrue(report.layer("layer2.1.downsample.0").isEmpty());
        assertEquals(List.of("layer2", "layer2.1"), layer(report, "layer2.1.conv2").blockPath());
    }

    @Test
    void aLaterNodeReadsTheStageByItsName() {
        NetworkReport report = analyze(Shape.of(256, 56, 56), NodeSpec.of("layer2", LAYER2),
                NodeSpec.of("pool", AdaptiveAvgPoolSpec.global(), "layer2"));
        assertEquals(List.of("layer2.3.relu"), layer(report, "pool").inputs());
        assertEquals(Shape.of(512, 1, 1), report.output());
    }

    @Test
    void settingsDescribeTheBlocks() {
        assertEquals("residual-stage", LAYER2.type());
        assertEquals("4 x 128>512 s2", LAYER2.settings());
    }
}
