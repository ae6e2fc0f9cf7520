package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.in;
import static org.cnnexplorer.core.Fixtures.shapeProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoolSpecTest {

    @ParameterizedTest(name = "{0} k{1} s{2} p{3} ceil {4} -> {5}")
    @CsvSource({
        // in, kernel, stride, padding, ceil, out (as torch.nn.MaxPool2d computes it)
        "112, 3, 2, 0, true,  56",  // GoogLeNet maxpool1: ceil((112 - 3) / 2) + 1
        "112, 3, 2, 0, false, 55",  // the same window rounding down
        "56,  3, 2, 0, true,  28",  // GoogLeNet maxpool2
        "28,  3, 2, 0, true,  14",  // GoogLeNet maxpool3
        "14,  2, 2, 0, true,   7",  // GoogLeNet (torchvision) maxpool4
        "14,  3, 2, 0, true,   7",  // GoogLeNet (paper) pool4
        "28,  3, 1, 1, true,  28",  // inception branch4 pool keeps the size
        "6,   3, 2, 0, true,   3",  // ceil adds a partial last window
        "6,   3, 2, 0, false,  2",
        "5,   2, 2, 1, true,   3",  // a last window starting in the right padding is dropped
        "5,   2, 2, 1, false,  3",
        "112, 3, 2, 1, false, 56",  // ResNet maxpool
        "55,  3, 2, 0, false, 27",  // AlexNet pool1
        "13,  3, 2, 0, false,  6",  // AlexNet pool5
        "7,   7, 1, 0, false,  1",  // GoogLeNet (paper) 7x7 average pool
        "4,   2, 2, 0, false,  2",  // the 4x4 fixture
    })
    void outputFollowsPyTorchsPoolingFormula(int size, int kernel, int stride, int padding, boolean ceil, int out) {
        PoolSpec pool = PoolSpec.max(kernel, stride, padding, ceil);
        assertEquals(Shape.of(16, out, out), pool.outputShape(in(16, size, size)));
    }

    @Test
    void poolingHasNoParametersAndCountsOneOpPerWindowElement() {
        PoolSpec pool = PoolSpec.max(3, 2, 1, false);
        LayerInputs inputs = in(64, 112, 112);
        Shape out = pool.outputShape(inputs);
        assertEquals(0, pool.params(inputs));
        assertEquals(0, pool.macs(inputs, out));
        assertEquals(64L * 56 * 56 * 9, pool.otherOps(inputs, out));
    }

    @Test
    void averagePoolingHasTheSameShapeRuleAsMaxPooling() {
        PoolSpec avg = PoolSpec.avg(2, 2);
        assertEquals(Shape.of(6, 14, 14), avg.outputShape(in(6, 28, 28)));
        assertEquals("avgpool", avg.type());
        assertEquals("maxpool", PoolSpec.max(2, 2, 0, false).type());
    }

    @Test
    void windowLargerThanTheInputGivesAlexNetsMessage() {
        assertEquals("input 256x1x1 is smaller than the 3x3 window (stride 2) -> output 0x0",
                shapeProblem(PoolSpec.max(3, 2, 0, false), in(256, 1, 1)).getMessage());
    }

    @Test
    void paddingOfMoreThanHalfTheWindowIsAProblem() {
        assertEquals("padding 2 is more than half the 3x3 window",
                shapeProblem(PoolSpec.max(3, 1, 2, false), in(8, 8, 8)).getMessage());
    }

    @Test
    void flatInputIsAProblem() {
        assertEquals("maxpool needs a CxHxW feature map but gets a flat vector of 10 values",
                shapeProblem(PoolSpec.max(2, 2, 0, false), Fixtures.vector(10)).getMessage());
    }

    @Test
    void receptiveFieldGrowsByTheWindowAndMultipliesTheJump() {
        ReceptiveField field = PoolSpec.max(3, 2, 0, true).receptiveField(
                List.of(new ReceptiveField(19, 19, 4, 4)), in(192, 56, 56));
        assertEquals(new ReceptiveField(27, 27, 8, 8), field);
    }

    @Test
    void settingsShowCeilMode() {
        assertEquals("3x3 s2 p0 ceil", PoolSpec.max(3, 2, 0, true).settings());
        assertEquals("3x3 s2 p1", PoolSpec.max(3, 2, 1, false).settings());
    }
}
