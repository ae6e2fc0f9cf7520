package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CspStageSpecTest {

    /** 4x8x8 in, 8 out, one block: the stage's formula by hand. */
    private static final CspStageSpec SMALL = CspStageSpec.darknet(8, 1);

    @Test
    void paramsAndMacsFollowTheStagesFormula() {
        NetworkReport report = analyze(Shape.of(4, 8, 8), NodeSpec.of("s", SMALL));
        assertTrue(report.isValid(), report.problems().toString());
        // [9*4*8 + 2*8] + [8*8 + 2*8] + [4*4 + 2*4 + 9*4*4 + 2*4] + [4*4 + 2*4] + [8*8 + 2*8]
        assertEquals(304 + 80 + 176 + 24 + 80, report.totals().params());
        // conv_down 128 x 36, conv_exp 128 x 8, conv1 64 x 4, conv2 64 x 36, transition_b 64 x 4, transition 128 x 8
        assertEquals(4608 + 1024 + 256 + 2304 + 256 + 1024, report.totals().macs());
        assertEquals(Shape.of(8, 4, 4), report.output());
        assertEquals(CspStageSpec.FIXED_LAYERS + CspStageSpec.BLOCK_LAYERS, report.totals().layers());
        assertEquals(report.totals().layers(), ExpansionLimit.layers(SMALL));
    }

    @Test
    void onlyTheSecondHalfPassesTheBlocksAndTheFirstJoinsAtTheConcatenation() {
        NetworkReport report = analyze(Shape.of(64, 16, 16), NodeSpec.of("stages.1", CspStageSpec.darknet(128, 2)));
        assertEquals(Shape.of(64, 8, 8), layer(report, "stages.1.xs").output());
        assertEquals(Shape.of(64, 8, 8), layer(report, "stages.1.xb").output());
        assertEquals(List.of("stages.1.conv_exp.act"), layer(report, "stages.1.xb").inputs());
        assertEquals(List.of("stages.1.blocks.0.conv2.act", "stages.1.xb"),
                layer(report, "stages.1.blocks.0.add").inputs());
        assertEquals(List.of("stages.1.blocks.1.conv2.act", "stages.1.blocks.0.add"),
                layer(report, "stages.1.blocks.1.add").inputs());
        assertEquals(List.of("stages.1.xs", "stages.1.conv_transition_b.act"), layer(report, "stages.1.cat").inputs());
        assertEquals(Shape.of(128, 8, 8), layer(report, "stages.1.cat").output());
        assertEquals(Shape.of(128, 8, 8), report.output());
    }

    @Test
    void strideOneLeavesTheDownsamplingConvolutionOut() {
        CspStageSpec flat = new CspStageSpec(8, 1, 1, 1.0, 1.0, 0.5, new ActivationSpec(Activation.MISH));
        NetworkReport report = analyze(Shape.of(4, 8, 8), NodeSpec.of("s", flat));
        assertTrue(report.layer("s.conv_down.conv").isEmpty());
        assertEquals(List.of("input"), layer(report, "s.conv_exp.conv").inputs());
        assertEquals(LayerKind.MISH, layer(report, "s.conv_exp.act").spec().layerKind());
        assertEquals(Shape.of(8, 8, 8), report.output());
    }

    @Test
    void blocksThatCannotAddToTheirInputAreRefusedWithTheChannelCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CspStageSpec(64, 1, 2, 1.0, 1.0, 1.0, new LeakyReluSpec(0.01)));
        assertEquals("csp-stage blocks read half of conv_exp's 64 channels (32) and add it to their output, "
                + "so rint(filters x blockRatio) = 64 must equal 32 and the bottleneck keep at least 1", e.getMessage());
    }

    @Test
    void theActivationMustBeAnActivation() {
        assertThrows(IllegalArgumentException.class, () -> new CspStageSpec(8, 1, 2, 1, 1, 0.5, new AddSpec()));
        assertThrows(IllegalArgumentException.class,
                () -> new CspStageSpec(8, 1, 2, 1, 1, 0.5, new ActivationSpec(Activation.SOFTMAX)));
    }

    @Test
    void roundsHalfToEvenAsPythonsRound() {
        assertEquals(2, CspStageSpec.channels(5, 0.5));
        assertEquals(4, CspStageSpec.channels(7, 0.5));
    }

    @Test
    void settingsAndTheLayerLimitGrowWithTheBlocks() {
        assertEquals("csp-stage", SMALL.type());
        assertEquals("8 x 128>256 s2", CspStageSpec.darknet(256, 8).settings());
        assertEquals(15 + 7L * 1_000_000, ExpansionLimit.layers(CspStageSpec.darknet(8, 1_000_000)));
    }
}
