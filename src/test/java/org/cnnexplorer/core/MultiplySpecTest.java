package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.cnnexplorer.core.Fixtures.named;
import static org.cnnexplorer.core.Fixtures.shapeProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Multiply: equal shapes, or a squeeze-and-excitation gate of one value per channel. */
class MultiplySpecTest {

    private final MultiplySpec multiply = new MultiplySpec();

    @Test
    void equalShapesKeepTheShapeAndCountOneProductPerValuePerExtraInput() {
        LayerInputs inputs = named(Shape.of(2, 3, 3), Shape.of(2, 3, 3), Shape.of(2, 3, 3));
        assertEquals(Shape.of(2, 3, 3), multiply.outputShape(inputs));
        assertEquals(2 * 18, multiply.otherOps(inputs, Shape.of(2, 3, 3)));
        assertEquals(0, multiply.params(inputs));
        assertEquals(0, multiply.macs(inputs, Shape.of(2, 3, 3)));
    }

    @Test
    void aGateOfOneValuePerChannelIsBroadcastOverTheFeatureMapInEitherOrder() {
        assertEquals(Shape.of(32, 8, 8), multiply.outputShape(named(Shape.of(32, 8, 8), Shape.of(32, 1, 1))));
        assertEquals(Shape.of(32, 8, 8), multiply.outputShape(named(Shape.of(32, 1, 1), Shape.of(32, 8, 8))));
        assertEquals(32 * 64, multiply.otherOps(named(Shape.of(32, 8, 8), Shape.of(32, 1, 1)), Shape.of(32, 8, 8)));
    }

    @Test
    void aGateWithOtherChannelsIsAChannelMismatchNamingBothInputs() {
        assertEquals("channel mismatch at multiply: b 16x1x1 vs a 32x8x8 (an input must have the same shape or be"
                + " C x 1 x 1)", shapeProblem(multiply, named(Shape.of(32, 8, 8), Shape.of(16, 1, 1))).getMessage());
    }

    @Test
    void aPartlyReducedInputIsASizeMismatch() {
        assertEquals("size mismatch at multiply: b 32x4x4 vs a 32x8x8 (an input must have the same shape or be"
                + " C x 1 x 1)", shapeProblem(multiply, named(Shape.of(32, 8, 8), Shape.of(32, 4, 4))).getMessage());
    }

    @Test
    void aVectorDoesNotScaleAFeatureMap() {
        assertEquals("size mismatch at multiply: b 4 vs a 4x2x2 (an input must have the same shape or be C x 1 x 1)",
                shapeProblem(multiply, named(Shape.of(4, 2, 2), Shape.vector(4))).getMessage());
    }

    /**
     * A squeeze-and-excitation block on 8x4x4, counted by hand: squeeze 8 -> 2 (8 * 2 = 16 MACs,
     * 18 parameters), excite 2 -> 8 (16 MACs, 24 parameters); the gate 8 x 1 x 1 scales 128 values.
     */
    @Test
    void aSqueezeAndExcitationBlockHasTheHandCountedFigures() {
        NetworkReport report = analyze(Shape.of(8, 4, 4),
                NodeSpec.of("squeeze", AdaptiveAvgPoolSpec.global(), "input"),
                NodeSpec.of("fc1", new Conv2dSpec(2, Size2d.ONE, Size2d.ONE, Padding.of(0), Size2d.ONE, 1, true)),
                NodeSpec.of("relu", new ActivationSpec(Activation.RELU)),
                NodeSpec.of("fc2", new Conv2dSpec(8, Size2d.ONE, Size2d.ONE, Padding.of(0), Size2d.ONE, 1, true)),
                NodeSpec.of("gate", new ActivationSpec(Activation.HARD_SIGMOID)),
                NodeSpec.of("scale", new MultiplySpec(), "input", "gate"));
        LayerReport scale = layer(report, "scale");
        assertEquals(Shape.of(8, 4, 4), scale.output());
        assertEquals(128, scale.otherOps());
        assertEquals(0, scale.params());
        assertEquals(18 + 24, report.totals().params());
        assertEquals(16 + 16, report.totals().macs());
        assertEquals(8 * 3, layer(report, "gate").otherOps());
    }
}
