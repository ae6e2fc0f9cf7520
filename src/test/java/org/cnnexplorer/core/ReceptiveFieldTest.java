package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceptiveFieldTest {

    @ParameterizedTest(name = "size {0} jump {1} through k{2} s{3} d{4} -> size {5} jump {6}")
    @CsvSource({
        // size, jump, kernel, stride, dilation, size' = size + (k - 1) * d * jump, jump' = jump * s
        "1,   1,  3, 1, 1,   3,  1",
        "1,   1, 11, 4, 1,  11,  4",  // AlexNet conv1
        "11,  4,  3, 2, 1,  19,  8",  // AlexNet pool1
        "19,  8,  5, 1, 1,  51,  8",  // AlexNet conv2
        "3,   1,  3, 1, 2,   7,  1",  // dilation 2 widens like a 5x5
        "196, 16, 2, 2, 1, 212, 32",  // VGG16 pool5 after conv5_3
        "5,   2,  1, 1, 1,   5,  2",  // 1x1 convolutions change nothing
    })
    void fieldGrowsByKernelSpanTimesJump(int size, int jump, int kernel, int stride, int dilation, int newSize,
                                         int newJump) {
        ReceptiveField field = new ReceptiveField(size, size, jump, jump)
                .through(Size2d.square(kernel), Size2d.square(stride), Size2d.square(dilation));
        assertEquals(new ReceptiveField(newSize, newSize, newJump, newJump), field);
    }

    @Test
    void stackedThreeByThreeConvolutionsSeeLikeOneLargeKernel() {
        NetworkReport report = analyze(Shape.of(1, 16, 16),
                NodeSpec.of("a", Conv2dSpec.of(1, 3, 1, 1, true)),
                NodeSpec.of("b", Conv2dSpec.of(1, 3, 1, 1, true)),
                NodeSpec.of("c", Conv2dSpec.of(1, 3, 1, 1, true)),
                NodeSpec.of("pool", PoolSpec.max(2, 2, 0, false)),
                NodeSpec.of("d", Conv2dSpec.of(1, 3, 1, 1, true)));
        assertEquals(5, layer(report, "b").receptiveField().sizeHeight());
        assertEquals(7, layer(report, "c").receptiveField().sizeHeight());
        assertEquals(new ReceptiveField(8, 8, 2, 2), layer(report, "pool").receptiveField());
        assertEquals(new ReceptiveField(12, 12, 2, 2), layer(report, "d").receptiveField());
    }

    @Test
    void nonSquareKernelsGrowEachAxisOnItsOwn() {
        ReceptiveField field = ReceptiveField.PIXEL.through(new Size2d(1, 7), new Size2d(1, 2), Size2d.ONE);
        assertEquals(new ReceptiveField(1, 7, 1, 2), field);
        assertEquals("1x7", field.sizeText());
        assertEquals("1x2", field.jumpText());
        assertEquals("7", ReceptiveField.PIXEL.through(Size2d.square(7), Size2d.ONE, Size2d.ONE).sizeText());
    }

    @Test
    void unionTakesTheLargerSizeAndJump() {
        assertEquals(new ReceptiveField(19, 19, 8, 8),
                new ReceptiveField(19, 19, 4, 4).union(new ReceptiveField(11, 11, 8, 8)));
    }

    @Test
    void hugeFieldsAreAProblemInsteadOfASaturatedOrWrappedNumber() {
        ReceptiveField huge = new ReceptiveField(Integer.MAX_VALUE - 1, 1, Integer.MAX_VALUE / 2, 1);
        ShapeException problem = assertThrows(ShapeException.class,
                () -> huge.through(Size2d.square(3), Size2d.square(4), Size2d.ONE));
        assertEquals("receptive field would be 4,294,967,292 pixels, more than 2,147,483,647 (2^31 - 1)",
                problem.getMessage());
    }
}
