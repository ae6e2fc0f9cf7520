package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.in;
import static org.cnnexplorer.core.Fixtures.shapeProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Conv2dSpecTest {

    private static Conv2dSpec conv(int filters, int kernel, int stride, int padding, int dilation, int groups,
                                   boolean bias) {
        return new Conv2dSpec(filters, Size2d.square(kernel), Size2d.square(stride), Padding.of(padding),
                Size2d.square(dilation), groups, bias);
    }

    @ParameterizedTest(name = "{0}x{1}x{1} -> {2} k{3} s{4} p{5} d{6} g{7} bias {8}")
    @CsvSource({
        // in C, in H=W, filters, k, s, p, d, g, bias, out H=W, params, MACs
        "1,   4,   1,  3, 1, 0, 1,  1, true,    2,     10,         36",  // the 4x4 -> 2x2 fixture
        "3,   224, 64, 11, 4, 2, 1,  1, true,   55,  23296,   70276800",  // AlexNet conv1
        "3,   224, 64, 7,  2, 3, 1,  1, false, 112,   9408,  118013952",  // ResNet conv1
        "64,  56,  64, 3,  1, 1, 1,  1, false,  56,  36864,  115605504",  // ResNet 3x3 in layer1
        "64,  56, 128, 3,  2, 1, 1,  1, false,  28,  73728,   57802752",  // stride 2 halves the map
        "3,   7,   2,  3,  2, 0, 1,  1, true,    3,     56,        486",  // (7 - 3) / 2 + 1
        "1,   7,   1,  3,  1, 0, 2,  1, true,    3,     10,         81",  // dilation 2: a 5x5 span
        "8,   10,  4,  3,  1, 2, 2,  1, true,   10,    292,      28800",  // dilation with padding keeps size
        "8,   10, 16,  3,  1, 1, 1,  2, true,   10,    592,      57600",  // 2 groups: 4 channels per filter
        "32,  10, 32,  3,  1, 1, 1, 32, false,  10,    288,      28800",  // depthwise
        "16,  5,  32,  1,  1, 0, 1,  1, true,    5,    544,      12800",  // pointwise
    })
    void outputParamsAndMacsFollowTheConvolutionFormulas(int channels, int size, int filters, int kernel, int stride,
                                                         int padding, int dilation, int groups, boolean bias,
                                                         int out, long params, long macs) {
        Conv2dSpec layer = conv(filters, kernel, stride, padding, dilation, groups, bias);
        LayerInputs inputs = in(channels, size, size);
        Shape output = layer.outputShape(inputs);
        assertEquals(Shape.of(filters, out, out), output);
        assertEquals(params, layer.params(inputs));
        assertEquals(macs, layer.macs(inputs, output));
    }

    @ParameterizedTest(name = "same: {0} k{1} s{2} d{3} -> {4}, pad {5} before")
    @CsvSource({
        // in, kernel, stride, dilation, out = ceil(in / stride), padding before (the smaller half)
        "224, 3, 1, 1, 224, 1",
        "224, 7, 2, 1, 112, 2",
        "5,   2, 1, 1,   5, 0",
        "7,   3, 2, 1,   4, 1",
        "10,  3, 1, 2,  10, 2",
        "1,   3, 1, 1,   1, 1",
        "1,   5, 3, 1,   1, 2",
    })
    void samePaddingGivesCeilOfInputOverStride(int size, int kernel, int stride, int dilation, int out,
                                               int before) {
        Conv2dSpec layer = new Conv2dSpec(8, Size2d.square(kernel), Size2d.square(stride), Padding.SAME,
                Size2d.square(dilation), 1, true);
        LayerInputs inputs = in(3, size, size);
        assertEquals(Shape.of(8, out, out), layer.outputShape(inputs));
        assertEquals(Size2d.square(before), layer.effectivePadding(inputs.shape()));
        assertEquals((long) out * out * 8 * 3 * kernel * kernel, layer.macs(inputs, layer.outputShape(inputs)));
    }

    @Test
    void nonSquareKernelPadsEachAxisOnItsOwn() {
        Conv2dSpec oneBySeven = new Conv2dSpec(32, new Size2d(1, 7), Size2d.ONE, new Padding(new Size2d(0, 3), false),
                Size2d.ONE, 1, false);
        LayerInputs inputs = in(16, 17, 17);
        assertEquals(Shape.of(32, 17, 17), oneBySeven.outputShape(inputs));
        assertEquals(32L * 16 * 7, oneBySeven.params(inputs));
        assertEquals("1x7 s1 p0x3", oneBySeven.settings());
    }

    @Test
    void biasAddsOneParameterPerFilterAndNoMacs() {
        LayerInputs inputs = in(3, 8, 8);
        Conv2dSpec withBias = Conv2dSpec.of(4, 3, 1, 1, true);
        Conv2dSpec without = Conv2dSpec.of(4, 3, 1, 1, false);
        assertEquals(without.params(inputs) + 4, withBias.params(inputs));
        Shape out = withBias.outputShape(inputs);
        assertEquals(without.macs(inputs, out), withBias.macs(inputs, out));
    }

    @Test
    void kernelLargerThanTheInputNamesTheNumbers() {
        assertEquals("input 3x2x2 is smaller than the 3x3 kernel (stride 1) -> output 0x0",
                shapeProblem(Conv2dSpec.of(8, 3, 1, 0, true), in(3, 2, 2)).getMessage());
        assertEquals("input 3x1x1 with padding 1 is smaller than the 5x5 kernel (stride 1) -> output 0x0",
                shapeProblem(Conv2dSpec.of(8, 5, 1, 1, true), in(3, 1, 1)).getMessage());
    }

    @Test
    void groupsThatDoNotDivideTheChannelsAreAProblem() {
        assertEquals("groups 4 must divide both the input channels (6) and the filters (8)",
                shapeProblem(conv(8, 3, 1, 1, 1, 4, true), in(6, 8, 8)).getMessage());
    }

    @Test
    void flatInputIsAProblem() {
        assertEquals("conv2d needs a CxHxW feature map but gets a flat vector of 10 values",
                shapeProblem(Conv2dSpec.of(8, 3, 1, 1, true), Fixtures.vector(10)).getMessage());
    }

    @Test
    void receptiveFieldGrowsByDilatedKernelSpanTimesJump() {
        ReceptiveField before = new ReceptiveField(5, 5, 2, 2);
        ReceptiveField after = conv(8, 3, 2, 2, 2, 1, true).receptiveField(java.util.List.of(before), in(3, 9, 9));
        assertEquals(new ReceptiveField(13, 13, 4, 4), after);
    }
}
