package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.in;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.cnnexplorer.core.Fixtures.shapeProblem;
import static org.cnnexplorer.core.Fixtures.vector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Upsampling: sizes as PyTorch's {@code nn.Upsample}, no MACs, and the field of copied or interpolated cells. */
class UpsampleSpecTest {

    private static final UpsampleSpec BILINEAR = new UpsampleSpec(Size2d.square(2), null, UpsampleSpec.Mode.BILINEAR,
            false);

    @Test
    void aScaleMultipliesEachAxis() {
        UpsampleSpec layer = new UpsampleSpec(new Size2d(2, 3), null, UpsampleSpec.Mode.NEAREST, false);
        LayerInputs inputs = in(8, 5, 7);
        Shape output = layer.outputShape(inputs);
        assertEquals(Shape.of(8, 10, 21), output);
        assertEquals(0, layer.params(inputs));
        assertEquals(0, layer.macs(inputs, output));
        assertEquals(0, layer.otherOps(inputs, output));
    }

    @Test
    void aSizeIsTakenAsItIs() {
        UpsampleSpec layer = new UpsampleSpec(null, new Size2d(7, 9), UpsampleSpec.Mode.BILINEAR, true);
        assertEquals(Shape.of(3, 7, 9), layer.outputShape(in(3, 4, 4)));
        assertEquals("to 7x9 bilinear aligned", layer.settings());
    }

    @Test
    void bilinearCountsFourOpsPerOutputValueAndNoMacs() {
        LayerInputs inputs = in(2, 3, 3);
        Shape output = BILINEAR.outputShape(inputs);
        assertEquals(0, BILINEAR.macs(inputs, output));
        assertEquals(2L * 6 * 6 * 4, BILINEAR.otherOps(inputs, output));
    }

    @Test
    void exactlyOneOfScaleAndSizeAndAlignCornersOnlyForBilinear() {
        assertThrows(IllegalArgumentException.class,
                () -> new UpsampleSpec(Size2d.ONE, Size2d.ONE, UpsampleSpec.Mode.NEAREST, false));
        assertThrows(IllegalArgumentException.class, () -> new UpsampleSpec(null, null, UpsampleSpec.Mode.NEAREST,
                false));
        assertThrows(IllegalArgumentException.class,
                () -> new UpsampleSpec(Size2d.square(2), null, UpsampleSpec.Mode.NEAREST, true));
    }

    @Test
    void aFlatVectorCannotBeUpsampled() {
        shapeProblem(UpsampleSpec.nearest(2), vector(10));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // after a 3x3 stride-2 conv (field 3, jump 2); fields measured in PyTorch from input gradients
        "nearest copies the field,                 nearest,  0, 3",
        "a 3x3 conv over copies sees two cells,    nearest,  3, 5",
        "bilinear reads two cells,                 bilinear, 0, 5",
        "a 3x3 conv over bilinear sees three,      bilinear, 3, 7",
    })
    void theFieldCountsDistinctInputCells(String what, String mode, int kernelAfter, int field) {
        UpsampleSpec up = new UpsampleSpec(Size2d.square(2), null, mode.equals("nearest") ? UpsampleSpec.Mode.NEAREST
                : UpsampleSpec.Mode.BILINEAR, false);
        NetworkReport report = kernelAfter == 0
                ? analyze(Shape.of(1, 32, 32), NodeSpec.of("down", Conv2dSpec.of(1, 3, 2, 0, false)),
                        NodeSpec.of("last", up))
                : analyze(Shape.of(1, 32, 32), NodeSpec.of("down", Conv2dSpec.of(1, 3, 2, 0, false)),
                        NodeSpec.of("up", up), NodeSpec.of("last", Conv2dSpec.of(1, kernelAfter, 1, 0, false)));
        assertEquals(field, layer(report, "last").receptiveField().sizeHeight());
    }
}
