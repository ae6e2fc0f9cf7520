package org.cnnexplorer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Receptive-field overlays computed by hand: where on the input one output pixel looks. */
class InputRegionTest {

    @Test
    void lenet5At32SeesTheWholeImageFromC5() throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load("lenet5-32"));
        InputRegion region = InputRegion.of(report, "c5", 0, 0);
        assertEquals(new InputRegion(0, 0, 31, 31), region);
        assertFalse(region.reachesPadding(report.settings().input()));
    }

    @Test
    void lenet5At28SeesTheWholeImageAndTwoRowsOfPaddingFromC5() throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load("lenet5"));
        InputRegion region = InputRegion.of(report, "c5", 0, 0);
        assertEquals(new InputRegion(-2, -2, 29, 29), region);
        assertTrue(region.reachesPadding(report.settings().input()));
        assertEquals(new InputRegion(0, 0, 27, 27), region.clipped(report.settings().input()));
    }

    /** 196 pixels from 16 y - 90 to 16 y + 105 (centre 7.5 + 16 y after four 2x2 pools), cut to 0..223. */
    @ParameterizedTest(name = "conv5_3 pixel ({0}, {1})")
    @CsvSource({"0, 0, -90, -90, 0, 0, 105, 105", "7, 7, 22, 22, 22, 22, 217, 217",
        "13, 13, 118, 118, 118, 118, 223, 223", "5, 9, -10, 54, 0, 54, 185, 223"})
    void vgg16Conv53Sees196PixelsSixteenApartClippedAtTheBorders(int y, int x, int top, int left, int clippedTop,
                                                                int clippedLeft, int clippedBottom,
                                                                int clippedRight) throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load("vgg16"));
        LayerReport conv53 = report.layer("block5.2.conv").orElseThrow();
        InputRegion region = InputRegion.of(report, conv53.name(), y, x);
        assertEquals(196, conv53.receptiveField().sizeHeight());
        assertEquals(16, conv53.receptiveField().jumpHeight());
        assertEquals(new InputRegion(top, left, top + 195, left + 195), region);
        assertEquals(new InputRegion(clippedTop, clippedLeft, clippedBottom, clippedRight),
                region.clipped(report.settings().input()));
        assertEquals(region.top() + 16, InputRegion.of(report, conv53.name(), y + 1, x).top(), "jump 16");
    }

    @Test
    void theRegionsSizeIsTheReceptiveFieldOfEveryConvolutionOfGoogLeNet() throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load("googlenet"));
        Shape input = report.settings().input();
        for (LayerReport layer : report.layers()) {
            if (layer.spec() instanceof Conv2dSpec) {
                int middle = layer.output().height() / 2;
                InputRegion region = InputRegion.of(report, layer.name(), middle, middle);
                assertEquals(layer.receptiveField().sizeHeight(), region.height(), layer.name());
                assertTrue(region.clipped(input).height() <= input.height(), layer.name());
            }
        }
    }

    @Test
    void anUnknownLayerIsNamed() throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load("lenet5"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InputRegion.of(report, "c9", 0, 0));
        assertEquals("no layer 'c9'", e.getMessage());
    }

    @Test
    void uNetsOutputSeesWhatPyTorchsGradientsSayThroughUpConvolutionsAndCrops() throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(org.cnnexplorer.io.model.ModelCatalog.load("unet"));
        // rows of the input with a non-zero gradient of out[0, 0, y, 100] in PyTorch (constant weights, no ReLU):
        // 96..283 for y = 96..99, 96..299 for y = 100..111; the up-convolutions make the field depend on y
        assertEquals(new InputRegion(96, 96, 283, 299), InputRegion.of(report, "out", 96, 100));
        assertEquals(new InputRegion(96, 96, 299, 299), InputRegion.of(report, "out", 100, 100));
    }

    @Test
    void aSqueezeAndExcitationGateMakesEveryPixelSeeTheWholeImage() throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(org.cnnexplorer.io.model.ModelCatalog.load("se-resnet50"));
        InputRegion gated = InputRegion.of(report, "layer1.0.se.scale", 0, 0).clipped(report.spec().input());
        assertEquals(new InputRegion(0, 0, 223, 223), gated);
        InputRegion plain = InputRegion.of(report, "layer1.0.bn3", 0, 0);
        assertEquals(19, plain.height());
    }
}
