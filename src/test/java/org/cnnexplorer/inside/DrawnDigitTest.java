package org.cnnexplorer.inside;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.data.Normalization;
import org.junit.jupiter.api.Test;

/** A drawing becomes an MNIST-style 28 x 28 digit: box to 20 x 20 keeping aspect, centred by its mass. */
class DrawnDigitTest {

    private static final int SIZE = 280;

    @Test
    void aTallRectangleBecomes20By10AndMovesOneDownAndRightToCentreItsMass() {
        float[] raster = new float[SIZE * SIZE];
        for (int y = 30; y < 130; y++) {
            for (int x = 40; x < 90; x++) {
                raster[y * SIZE + x] = 1;
            }
        }
        DrawnDigit digit = DrawnDigit.prepare(raster, SIZE).orElseThrow();
        assertEquals(List.of(100, 50, 20, 10), List.of(digit.boxHeight(), digit.boxWidth(), digit.scaledHeight(),
                digit.scaledWidth()));
        // placed at rows 4..23, columns 9..18: mass at (13.5, 13.5); round(14 - 13.5) = 1 each way
        assertEquals(1, digit.shiftY());
        assertEquals(1, digit.shiftX());
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                boolean inside = y >= 5 && y <= 24 && x >= 10 && x <= 19;
                assertEquals(inside ? 1f : 0f, digit.pixels()[y * 28 + x], 1e-5f, "pixel " + y + "," + x);
            }
        }
    }

    @Test
    void aDrawnOneIsThickWhiteOnBlackWithItsMassAtTheCentre() {
        List<Stroke> one = List.of(Stroke.at(150, 40).to(145, 140).to(140, 240));
        float[] raster = Stroke.raster(one, SIZE, 12);
        assertEquals(1f, raster[140 * SIZE + 145], "on the stroke");
        assertEquals(0f, raster[140 * SIZE + 100], "off the stroke");
        DrawnDigit digit = DrawnDigit.prepare(raster, SIZE).orElseThrow();
        assertEquals(20, digit.scaledHeight());
        assertTrue(digit.scaledWidth() >= 2 && digit.scaledWidth() <= 4, "a narrow stroke: " + digit.scaledWidth());
        double[] mass = DrawnDigit.centreOfMass(digit.pixels(), 28, 28);
        assertEquals(14, mass[0], 0.5);
        assertEquals(14, mass[1], 0.5);
    }

    @Test
    void anEmptyCanvasIsNoDigit() {
        assertTrue(DrawnDigit.prepare(new float[SIZE * SIZE], SIZE).isEmpty());
    }

    @Test
    void theDigitIsConvertedToTheNetworksInputWithTheConversionStated() {
        float[] raster = Stroke.raster(List.of(Stroke.at(140, 60).to(140, 220)), SIZE, 12);
        DrawnDigit digit = DrawnDigit.prepare(raster, SIZE).orElseThrow();
        ImageInput mnist = digit.input(Shape.of(1, 28, 28), new Normalization(new float[] {0.5f},
                new float[] {0.5f}));
        assertTrue(mnist.description().startsWith("drawn digit: box "), mnist.description());
        assertTrue(mnist.description().endsWith(", kept 28x28, grey"), mnist.description());
        assertArrayEquals(digit.pixels(), mnist.pixels());
        ImageInput cifar = digit.input(Shape.of(3, 32, 32), Normalization.scaleOnly(3));
        assertTrue(cifar.description().endsWith(", resized 28x28 -> 32x32, grey to RGB"), cifar.description());
        assertEquals(3 * 32 * 32, cifar.values().length);
    }

    @Test
    void areaWeightsAverageWholeAndPartCells() {
        assertArrayEquals(new double[] {0.5, 0.5, 0, 0}, AreaResize.weights(4, 2)[0]);
        double[][] thirds = AreaResize.weights(2, 3);
        assertArrayEquals(new double[] {1, 0}, thirds[0], 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5}, thirds[1], 1e-12);
    }
}
