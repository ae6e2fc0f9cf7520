package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvertedResidualStageSpecTest {

    private static final double EPS = BatchNormSpec.DEFAULT_EPSILON;

    /** EfficientNet's row "MBConv6, k3x3, 8 channels, 2 layers, stride 2" with SE at a quarter of each block's input. */
    private static final InvertedResidualStageSpec STAGE = new InvertedResidualStageSpec(2,
            new InvertedResidualSpec(8, 3, 2, 6, 0, Activation.SWISH,
                    new SqueezeExcitationSpec(0, 4, Activation.SWISH, Activation.SIGMOID), EPS,
                    InvertedResidualSpec.Layout.MBCONV));

    @Test
    void expandsIntoNumberedBlocksEachReadingTheOneBefore() {
        BlockSpec.Expansion expansion = STAGE.expand("features.2", List.of("stem"), Shape.of(4, 8, 8));
        assertEquals(List.of("features.2.0", "features.2.1"), expansion.nodes().stream().map(NodeSpec::name).toList());
        assertEquals(List.of("stem"), expansion.nodes().get(0).inputs());
        assertEquals(List.of("features.2.0"), expansion.nodes().get(1).inputs());
        assertEquals("features.2.1", expansion.output());
    }

    @Test
    void onlyTheFirstBlockStridesAndChangesTheChannelsSoOnlyTheLaterOnesAdd() {
        NetworkReport report = analyze(Shape.of(4, 8, 8), NodeSpec.of("s", STAGE));
        assertEquals(Shape.of(8, 4, 4), layer(report, "s.0.block.3.1").output());
        assertTrue(report.layer("s.0.add").isEmpty());
        assertEquals(Shape.of(8, 4, 4), layer(report, "s.1.add").output());
        assertEquals(List.of("s", "s.1"), layer(report, "s.1.block.1.0").blockPath());
    }

    /** Block 0 reads 4 channels: SE squeezes to 4 / 4 = 1; block 1 reads 8: to 8 / 4 = 2 (torchvision's input // 4). */
    @Test
    void theSqueezeWidthFollowsEachBlocksOwnInput() {
        NetworkReport report = analyze(Shape.of(4, 8, 8), NodeSpec.of("s", STAGE));
        assertEquals(Shape.of(1, 1, 1), layer(report, "s.0.block.2.fc1").output());
        assertEquals(Shape.of(2, 1, 1), layer(report, "s.1.block.2.fc1").output());
    }

    /**
     * Block 0 (C 4, E 24, SE 1, out 8, 8x8 -> 4x4): expand 96 + BN 48, depthwise 216 + BN 48, SE 24 + 1 + 24 + 24,
     * project 192 + BN 16 = 689 params; MACs 64 x 96 + 16 x 216 + 24 + 24 + 16 x 192 = 12,720.
     * Block 1 (C 8, E 48, SE 2, 4x4): 384 + 96 + 432 + 96 + (96 + 2 + 96 + 48) + 384 + 16 = 1,650 params;
     * MACs 16 x 384 + 16 x 432 + 96 + 96 + 16 x 384 = 19,392.
     */
    @Test
    void countsAreTheSumOfTheBlocks() {
        NetworkReport report = analyze(Shape.of(4, 8, 8), NodeSpec.of("s", STAGE));
        assertEquals(689 + 1_650, report.totals().params());
        assertEquals(12_720 + 19_392, report.totals().macs());
    }

    @Test
    void settingsDescribeTheBlocks() {
        assertEquals("inverted-residual-stage", STAGE.type());
        assertEquals("2 x t6 3x3 s2 >8 SE", STAGE.settings());
        assertEquals(2, STAGE.stride());
    }

    @Test
    void refusesNoBlocksAndSqueezeChannelsGivenAsACount() {
        assertThrows(IllegalArgumentException.class, () -> new InvertedResidualStageSpec(0, STAGE.block()));
        assertThrows(IllegalArgumentException.class, () -> new InvertedResidualStageSpec(2,
                new InvertedResidualSpec(8, 3, 1, 6, 0, Activation.SWISH,
                        SqueezeExcitationSpec.squeezingTo(2, Activation.SWISH, Activation.SIGMOID), EPS,
                        InvertedResidualSpec.Layout.MBCONV)));
    }

    @Test
    void depthMultipliesTheBlocksAndTheExpansionLimitCountsThem() {
        ScalingMultipliers m = new ScalingMultipliers(1, 1.1, 1);
        NodeSpec scaled = NetworkScaler.of(Fixtures.network(Shape.of(4, 8, 8), NodeSpec.of("s", STAGE),
                NodeSpec.of("head", Conv2dSpec.of(2, 1, 1, 0, true))), m).node(NodeSpec.of("s", STAGE));
        assertEquals(3, ((InvertedResidualStageSpec) scaled.element()).blocks());
        assertEquals(2 * 15, ExpansionLimit.layers(STAGE));
    }
}
