package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.in;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.cnnexplorer.core.Fixtures.named;
import static org.cnnexplorer.core.Fixtures.shapeProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Centre crops: to a size or to a second input (U-Net), torchvision's offsets, located refusals. */
class CropSpecTest {

    @Test
    void aFixedSizeKeepsTheChannels() {
        CropSpec crop = new CropSpec(new Size2d(5, 6));
        assertEquals(Shape.of(4, 5, 6), crop.outputShape(in(4, 8, 8)));
        assertEquals(1, crop.arity());
        assertEquals(0, crop.params(in(4, 8, 8)));
    }

    @Test
    void withoutASizeItCropsToTheSecondInputAsUNetDoes() {
        // U-Net: enc4 is 512x64x64, up4 512x56x56: crop 4 rows and columns on each side
        CropSpec crop = CropSpec.toSecondInput();
        LayerInputs inputs = named(Shape.of(512, 64, 64), Shape.of(512, 56, 56));
        assertEquals(2, crop.arity());
        assertEquals(Shape.of(512, 56, 56), crop.outputShape(inputs));
        assertEquals(new Size2d(4, 4), CropSpec.offset(Shape.of(512, 64, 64), Shape.of(512, 56, 56)));
    }

    @ParameterizedTest(name = "margin {0} drops {1} first")
    @CsvSource({
        // torchvision 0.14 CenterCrop of an arange image: int(round(margin / 2.0)), half to even
        "0, 0", "1, 0", "2, 1", "3, 2", "4, 2", "5, 2", "6, 3", "7, 4", "8, 4", "9, 4",
    })
    void marginsSplitAsTorchvisionsCenterCrop(int margin, int before) {
        assertEquals(new Size2d(before, before), CropSpec.offset(Shape.of(1, 4 + margin, 4 + margin),
                Shape.of(1, 4, 4)));
    }

    @Test
    void aCropLargerThanItsInputIsRefusedNamingBoth() {
        ShapeException e = shapeProblem(CropSpec.toSecondInput(), named(Shape.of(64, 10, 10), Shape.of(64, 12, 9)));
        assertEquals("cannot crop a 64x10x10 to 12x9 (b 64x12x9): the crop is larger than the input", e.getMessage());
    }

    @Test
    void aCropToASecondInputNeedsTwoInputs() {
        NetworkReport report = analyze(Shape.of(3, 8, 8), NodeSpec.of("crop", CropSpec.toSecondInput()));
        assertEquals("crop takes 2 inputs but has 1", report.problems().get(0).message());
    }

    @Test
    void theFieldIsThatOfTheCroppedInput() {
        NetworkReport report = analyze(Shape.of(3, 16, 16), NodeSpec.of("conv", Conv2dSpec.of(3, 5, 1, 0, false)),
                NodeSpec.of("small", new PoolSpec(PoolSpec.Kind.MAX, Size2d.square(2), Size2d.square(2),
                        Size2d.ZERO, false), "input"),
                NodeSpec.of("crop", CropSpec.toSecondInput(), "conv", "small"));
        assertTrue(report.isValid(), report.problems().toString());
        assertEquals(5, layer(report, "crop").receptiveField().sizeHeight());
        assertEquals(Shape.of(3, 8, 8), layer(report, "crop").output());
    }
}
