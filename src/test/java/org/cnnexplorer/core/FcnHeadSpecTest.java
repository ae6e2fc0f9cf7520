package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FcnHeadSpecTest {

    private static final FcnHeadSpec HEAD = new FcnHeadSpec(3);

    /**
     * A 2x8x8 image; "fc7" its 8x8 max pool (2x1x1), "pool4" a ReLU of it (2x8x8), "pool3" a 3x3 conv
     * with padding 3 (2x12x12: 38 params, 288 x 18 = 5,184 MACs); the head scores 3 classes.
     */
    private static NetworkReport tiny() {
        return analyze(Shape.of(2, 8, 8),
                NodeSpec.of("fc7", new PoolSpec(PoolSpec.Kind.MAX, Size2d.square(8), Size2d.square(8), Size2d.ZERO,
                        false), NetworkAnalyzer.INPUT),
                NodeSpec.of("pool4", new ActivationSpec(Activation.RELU), NetworkAnalyzer.INPUT),
                NodeSpec.of("pool3", Conv2dSpec.of(2, 3, 1, 3, true), NetworkAnalyzer.INPUT),
                NodeSpec.of("head", HEAD, "fc7", "pool4", "pool3", NetworkAnalyzer.INPUT));
    }

    @Test
    void expandsAsVocFcn8sNamesItsLayers() {
        BlockSpec.Expansion expansion = HEAD.expand("head", List.of("drop7", "pool4", "pool3", "input"),
                Shape.of(4096, 16, 16));
        assertEquals(List.of("head.score_fr", "head.upscore2", "head.score_pool4", "head.score_pool4c",
                "head.fuse_pool4", "head.upscore_pool4", "head.score_pool3", "head.score_pool3c", "head.fuse_pool3",
                "head.upscore8", "head.score"), expansion.nodes().stream().map(NodeSpec::name).toList());
        assertEquals(List.of("head.score_pool4", "head.upscore2"), expansion.nodes().get(3).inputs());
        assertEquals(List.of("head.upscore8", "input"), expansion.nodes().get(10).inputs());
        assertFalse(expansion.nodes().get(9).trainable(), "upscore8 is fixed to bilinear interpolation");
        assertEquals(FcnHeadSpec.LAYERS, expansion.nodes().size());
    }

    /** 1x1 -> 2x: 4x4 (pool4 8x8 cropped to it) -> 2x: 10x10 (pool3 12x12 cropped) -> 8x: 88x88 -> the 8x8 image. */
    @Test
    void twoTimesAddTwoTimesAddEightTimesThenCropToTheImage() {
        NetworkReport report = tiny();
        assertEquals(List.of(), report.problems());
        assertEquals(Shape.of(3, 4, 4), layer(report, "head.upscore2").output());
        assertEquals(Shape.of(3, 4, 4), layer(report, "head.fuse_pool4").output());
        assertEquals(Shape.of(3, 10, 10), layer(report, "head.fuse_pool3").output());
        assertEquals(Shape.of(3, 88, 88), layer(report, "head.upscore8").output());
        assertEquals(Shape.of(3, 8, 8), report.output());
    }

    /**
     * Head parameters (C7 + C4 + C3 + 3) K + 2 x 16 K^2 + 256 K^2 = 9 x 3 + 288 + 2,304 = 2,619; MACs: scores
     * 6 + 384 + 864, upscore2 3 x 3 x 16 = 144, upscore_pool4 48 x 48 = 2,304, upscore8 300 x 768 = 230,400.
     */
    @Test
    void countsAreTheScoresAndTheThreeTransposedConvolutions() {
        NetworkReport report = tiny();
        assertEquals(38 + 2_619, report.totals().params());
        assertEquals(5_184 + 6 + 384 + 864 + 144 + 2_304 + 230_400, report.totals().macs());
        assertFalse(layer(report, "head.upscore8").trainable());
    }

    @Test
    void anotherNumberOfInputsIsAProblemOnTheHead() {
        NetworkReport report = analyze(Shape.of(2, 8, 8), NodeSpec.of("head", HEAD));
        assertTrue(report.problems().get(0).toString().contains("fcn-head takes 4 inputs"),
                report.problems().toString());
    }

    @Test
    void settingsReadAsThePaperAndFiltersMustBePositive() {
        assertEquals("2x, add, 2x, add, 8x >3", HEAD.settings());
        assertThrows(IllegalArgumentException.class, () -> new FcnHeadSpec(0));
    }
}
