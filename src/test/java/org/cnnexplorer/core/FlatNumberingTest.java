package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stages whose blocks continue a flat count ({@code features.2}, {@code features.3}), as torchvision's MobileNet v2. */
class FlatNumberingTest {

    private static final InvertedResidualSpec BLOCK = new InvertedResidualSpec(8, 3, 2, 6, 0, Activation.RELU6,
            null, BatchNormSpec.DEFAULT_EPSILON, InvertedResidualSpec.Layout.MOBILENET_V2);

    private static InvertedResidualStageSpec stage(int blocks, String firstBlock) {
        return new InvertedResidualStageSpec(blocks, BLOCK, FlatNumbering.parse(firstBlock));
    }

    private static NetworkSpec twoStages() {
        return new NetworkSpec("n", "n", "", "", Shape.of(8, 8, 8), 2, List.of(
                NodeSpec.of("stage1", stage(2, "features.1")), NodeSpec.of("stage2", stage(1, "features.3"))));
    }

    @Test
    void readsThePrefixAndTheNumberOfTheFirstBlock() {
        assertEquals(new FlatNumbering("features.", 12), FlatNumbering.parse("features.12"));
        assertEquals("block7", FlatNumbering.parse("block5").name(2));
        assertThrows(SpecException.class, () -> FlatNumbering.parse("features"));
        assertThrows(SpecException.class, () -> FlatNumbering.parse("features.99999999999"));
        assertThrows(SpecException.class, () -> FlatNumbering.parse("features.02"));
    }

    @Test
    void blocksAreNamedOnFromTheFirstAndStayInsideTheStage() {
        NetworkReport report = analyze(Shape.of(8, 8, 8), NodeSpec.of("stage2", stage(2, "features.2")));
        assertEquals(Shape.of(8, 4, 4), layer(report, "features.2.conv.2").output());
        assertEquals(Shape.of(8, 4, 4), layer(report, "features.3.add").output());
        assertEquals(List.of("stage2", "features.3"), layer(report, "features.3.conv.0.0").blockPath());
    }

    @Test
    void depthMovesTheNamesOfLaterStagesOnSoTheCountHasNoGapsOrRepeats() {
        NetworkReport report = NetworkAnalyzer.analyze(twoStages(), AnalysisSettings.defaultsFor(twoStages())
                .withScaling(new ScalingMultipliers(1, 1.5, 1)));
        assertTrue(report.isValid(), report.problems().toString());
        List<String> blocks = report.layers().stream().filter(l -> l.name().endsWith(".conv.0.0"))
                .map(l -> l.blockPath().get(1)).toList();
        assertEquals(List.of("features.1", "features.2", "features.3", "features.4", "features.5"), blocks);
    }

    @Test
    void aNumberingThatWouldPassTheLargestIntIsRefused() {
        assertThrows(SpecException.class, () -> new InvertedResidualStageSpec(3, BLOCK,
                new FlatNumbering("features.", Integer.MAX_VALUE - 1)));
    }

    @Test
    void editingAStagesBlockCountCountsTheLaterStagesOn() {
        NetworkSpec edited = twoStages().withNode("stage1", stage(4, "features.1"));
        assertEquals(new FlatNumbering("features.", 5),
                ((InvertedResidualStageSpec) edited.nodes().get(1).element()).numbering());
        assertTrue(NetworkAnalyzer.analyze(edited).isValid());
    }
}
