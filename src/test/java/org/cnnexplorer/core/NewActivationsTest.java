package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hard sigmoid, swish, hard swish, mish and leaky ReLU keep the shape, have no parameters and count their ops. */
class NewActivationsTest {

    @ParameterizedTest(name = "{0}: {1} ops per value")
    @CsvSource({"HARD_SIGMOID, 3", "SWISH, 2", "HARD_SWISH, 4", "MISH, 3"})
    void anActivationKeepsTheShapeAndCountsItsOpsPerValue(Activation function, int ops) {
        ActivationSpec spec = new ActivationSpec(function);
        LayerInputs inputs = in(4, 5, 5);
        assertEquals(Shape.of(4, 5, 5), spec.outputShape(inputs));
        assertEquals(0, spec.params(inputs));
        assertEquals(0, spec.macs(inputs, Shape.of(4, 5, 5)));
        assertEquals(100L * ops, spec.otherOps(inputs, Shape.of(4, 5, 5)));
        assertEquals(function.kind(), spec.layerKind());
    }

    @Test
    void leakyReluKeepsTheShapeAndCountsACompareAndAMultiplyPerValue() {
        LeakyReluSpec leaky = new LeakyReluSpec(0.1);
        assertEquals(Shape.of(4, 5, 5), leaky.outputShape(in(4, 5, 5)));
        assertEquals(200, leaky.otherOps(in(4, 5, 5), Shape.of(4, 5, 5)));
        assertEquals(0, leaky.params(in(4, 5, 5)));
        assertEquals("slope 0.1", leaky.settings());
        assertEquals(LayerKind.LEAKY_RELU, leaky.layerKind());
    }

    @Test
    void aNegativeOrInfiniteSlopeIsRefused() {
        assertEquals("leaky-relu slope must be a finite number >= 0, got -0.5",
                assertThrows(IllegalArgumentException.class, () -> new LeakyReluSpec(-0.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LeakyReluSpec(Double.NaN));
    }
}
