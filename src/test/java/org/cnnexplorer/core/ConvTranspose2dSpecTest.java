package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.in;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.cnnexplorer.core.Fixtures.shapeProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shapes, parameters and MACs of PyTorch's {@code nn.ConvTranspose2d}, and its receptive field counted by hand. */
class ConvTranspose2dSpecTest {

    private static ConvTranspose2dSpec transposed(int filters, int kernel, int stride, int padding, int outputPadding,
                                                  int dilation, int groups, boolean bias) {
        return new ConvTranspose2dSpec(filters, Size2d.square(kernel), Size2d.square(stride), Size2d.square(padding),
                Size2d.square(outputPadding), Size2d.square(dilation), groups, bias);
    }

    @ParameterizedTest(name = "{0}x{1}x{2} -> {3} k{4} s{5} p{6} op{7} d{8} g{9}")
    @CsvSource({
        // in C, H, W, filters, k, s, p, op, d, g, bias, out H, out W, params, MACs (PyTorch 1.13)
        "1,    2,  2,   1, 3, 1, 0, 0, 1,  1, true,   4,  4,      10,         36",  // 2x2 scattered through 3x3
        "1,    3,  3,   1, 2, 2, 0, 0, 1,  1, false,  6,  6,       4,         36",  // each input makes a 2x2 tile
        "4,    8,  8,   3, 4, 2, 1, 0, 1,  1, false, 16, 16,     192,      12288",  // DCGAN's doubling
        "1024, 28, 28, 512, 2, 2, 0, 0, 1,  1, true,  56, 56, 2097664, 1644167168",  // U-Net's up-convolution 4
        "8,    5,  5,   4, 3, 2, 1, 1, 1,  1, true,  10, 10,     292,       7200",  // output padding adds a row
        "8,    5,  7,   6, 3, 3, 2, 1, 2,  2, true,  14, 20,     222,       7560",  // dilation and groups
        "16,   4,  4,  16, 3, 1, 1, 0, 1, 16, false,  4,  4,     144,       2304",  // depthwise keeps the size
    })
    void outputParamsAndMacsEqualPyTorch(int channels, int height, int width, int filters, int kernel, int stride,
                                         int padding, int outputPadding, int dilation, int groups, boolean bias,
                                         int outHeight, int outWidth, long params, long macs) {
        ConvTranspose2dSpec layer = transposed(filters, kernel, stride, padding, outputPadding, dilation, groups, bias);
        LayerInputs inputs = in(channels, height, width);
        Shape output = layer.outputShape(inputs);
        assertEquals(Shape.of(filters, outHeight, outWidth), output);
        assertEquals(params, layer.params(inputs));
        assertEquals(macs, layer.macs(inputs, output));
    }

    @Test
    void outputPaddingMustBeSmallerThanTheStrideOrTheDilation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> transposed(4, 3, 2, 1, 2, 1, 1, true));
        assertTrue(e.getMessage().contains("outputPadding 2 must be smaller than the stride (2)"), e.getMessage());
        assertEquals(Shape.of(4, 10, 10), transposed(4, 3, 1, 0, 1, 2, 1, true).outputShape(in(1, 5, 5)));
    }

    @Test
    void paddingThatRemovesTheWholeOutputIsAProblem() {
        ShapeException e = shapeProblem(transposed(4, 1, 1, 1, 0, 1, 1, true), in(3, 2, 2));
        assertTrue(e.getMessage().contains("-> output 0x0"), e.getMessage());
    }

    @Test
    void groupsMustDivideChannelsAndFilters() {
        ShapeException e = shapeProblem(transposed(4, 3, 2, 0, 0, 1, 3, true), in(6, 4, 4));
        assertTrue(e.getMessage().contains("groups 3 must divide"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // a 4x4 stride-4 convolution (field 4, jump 4) and then: kernel, stride, padding, dilation, field, jump
        // (fields measured in PyTorch from the input gradient of every output). Without dilation the outputs
        // are copies of cells, stride per cell, so the jump between distinct cells stays 4; a dilated kernel
        // has outputs evenly jump / stride apart.
        "U-Net's 2x2 stride 2 sees one input,  2, 2, 0, 1,  4, 4",
        "3x3 stride 2 sees two inputs,         3, 2, 1, 1,  8, 4",
        "4x4 stride 2 sees two inputs,         4, 2, 1, 1,  8, 4",
        "dilation 2 on stride 2 sees three,    3, 2, 0, 2, 12, 2",
        "dilation 3 sees two inputs 3 apart,   3, 2, 0, 3, 16, 2",
    })
    void theFieldCountsTheInputsOneOutputSees(String what, int kernel, int stride, int padding, int dilation,
                                              int field, int jump) {
        NetworkReport report = analyze(Shape.of(1, 16, 16), NodeSpec.of("down", Conv2dSpec.of(1, 4, 4, 0, false)),
                NodeSpec.of("up", transposed(1, kernel, stride, padding, 0, dilation, 1, false)));
        ReceptiveField up = layer(report, "up").receptiveField();
        assertEquals(field, up.sizeHeight());
        assertEquals(jump, up.jumpHeight());
    }

    @Test
    void outputsCloserThanAPixelAreCopiesOfTheirInputsField() {
        // PyTorch: a 3x3 conv, a 3x3 stride-2 transposed conv (field 4), a 3x3 conv (field 5)
        NetworkReport report = analyze(Shape.of(1, 32, 32), NodeSpec.of("conv", Conv2dSpec.of(1, 3, 1, 1, false)),
                NodeSpec.of("up", transposed(1, 3, 2, 1, 1, 1, 1, false)),
                NodeSpec.of("after", Conv2dSpec.of(1, 3, 1, 0, false)));
        assertEquals(Shape.of(1, 64, 64), layer(report, "up").output());
        assertEquals(4, layer(report, "up").receptiveField().sizeHeight());
        assertEquals(5, layer(report, "after").receptiveField().sizeHeight());
    }
}
