package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.in;
import static org.cnnexplorer.core.Fixtures.shapeProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Batch norm, LRN, dropout and activations: shape-preserving layers. */
class NormalisationLayersTest {

    @ParameterizedTest(name = "batchnorm over {0} channels of {1}x{1}")
    @CsvSource({"64, 112, 128, 128, 1605632", "2048, 7, 4096, 4096, 200704", "6, 1, 12, 12, 12"})
    void batchNormHasTwoParametersAndTwoBuffersPerChannel(int channels, int size, long params, long buffers,
                                                          long otherOps) {
        BatchNormSpec bn = BatchNormSpec.standard();
        LayerInputs inputs = in(channels, size, size);
        Shape out = bn.outputShape(inputs);
        assertEquals(inputs.shape(), out);
        assertEquals(params, bn.params(inputs));
        assertEquals(buffers, bn.buffers(inputs));
        assertEquals(0, bn.macs(inputs, out));
        assertEquals(otherOps, bn.otherOps(inputs, out));
    }

    @Test
    void batchNormOfAVectorNormalisesEachFeature() {
        assertEquals(8192, BatchNormSpec.standard().params(Fixtures.vector(4096)));
    }

    @Test
    void batchNormShowsOnlyANonDefaultEpsilon() {
        assertEquals("", BatchNormSpec.standard().settings());
        assertEquals("eps 0.001", new BatchNormSpec(1e-3).settings());
        assertThrows(IllegalArgumentException.class, () -> new BatchNormSpec(0));
    }

    @Test
    void lrnKeepsTheShapeAndCountsSizePlusThreeOpsPerValue() {
        LrnSpec lrn = LrnSpec.alexNet();
        LayerInputs inputs = in(96, 55, 55);
        assertEquals(inputs.shape(), lrn.outputShape(inputs));
        assertEquals(0, lrn.params(inputs));
        assertEquals(96L * 55 * 55 * 8, lrn.otherOps(inputs, inputs.shape()));
        assertEquals("lrn needs a CxHxW feature map but gets a flat vector of 4096 values",
                shapeProblem(lrn, Fixtures.vector(4096)).getMessage());
    }

    @Test
    void dropoutKeepsTheShapeAndRejectsRatesOutsideZeroToOne() {
        assertEquals(Shape.vector(4096), new DropoutSpec(0.5).outputShape(Fixtures.vector(4096)));
        assertThrows(IllegalArgumentException.class, () -> new DropoutSpec(1.0));
        assertThrows(IllegalArgumentException.class, () -> new DropoutSpec(-0.1));
    }

    @ParameterizedTest(name = "{0}: {1} ops per value")
    @CsvSource({"relu, 1", "tanh, 1", "sigmoid, 1", "softmax, 3"})
    void activationsKeepTheShapeAndCountOpsPerValue(String id, int ops) {
        ActivationSpec activation = new ActivationSpec(Activation.fromId(id));
        LayerInputs inputs = in(4, 5, 5);
        assertEquals(id, activation.type());
        assertEquals(inputs.shape(), activation.outputShape(inputs));
        assertEquals(100L * ops, activation.otherOps(inputs, inputs.shape()));
    }
}
