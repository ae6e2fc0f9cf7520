package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Hand-computed values of PyTorch's {@code F.interpolate(mode="bilinear", align_corners=False)}. */
class BilinearResizeTest {

    private static final float EXACT = 1e-6f;

    @Test
    void enlargingTwoByTwoToFourByFourMatchesPyTorch() {
        float[] image = {1, 2, 3, 4};
        float[] expected = {
            1.00f, 1.25f, 1.75f, 2.00f,
            1.50f, 1.75f, 2.25f, 2.50f,
            2.50f, 2.75f, 3.25f, 3.50f,
            3.00f, 3.25f, 3.75f, 4.00f};
        assertArrayEquals(expected, new BilinearResize(2, 2, 4, 4).apply(image, 1), EXACT);
    }

    @Test
    void halvingAveragesEachTwoByTwoSquare() {
        float[] image = {
            0, 2, 4, 6,
            8, 10, 12, 14,
            16, 18, 20, 22,
            24, 26, 28, 30};
        assertArrayEquals(new float[] {5, 9, 21, 25}, new BilinearResize(4, 4, 2, 2).apply(image, 1), EXACT);
    }

    @Test
    void aNonIntegerScaleSamplesBetweenPixelsAndClampsAtTheEdges() {
        // 3 -> 2 samples at 0.25 and 1.75; 2 -> 3 at 0 (clamped from -1/6), 0.5 and 1 (clamped from 7/6)
        assertArrayEquals(new float[] {2.5f, 17.5f}, new BilinearResize(1, 3, 1, 2).apply(new float[] {0, 10, 20}, 1),
                EXACT);
        assertArrayEquals(new float[] {0, 3, 6}, new BilinearResize(1, 2, 1, 3).apply(new float[] {0, 6}, 1), EXACT);
    }

    @Test
    void eachChannelIsResizedOnItsOwnAtTheGivenOffsets() {
        float[] source = {-1, 1, 2, 3, 4, 10, 20, 30, 40};
        float[] dest = new float[1 + 2 * 16];
        new BilinearResize(2, 2, 4, 4).apply(source, 1, 2, dest, 1);
        assertArrayEquals(new float[] {10.0f, 12.5f, 17.5f, 20.0f}, java.util.Arrays.copyOfRange(dest, 17, 21), EXACT);
        assertArrayEquals(new float[] {3.0f, 3.25f, 3.75f, 4.0f}, java.util.Arrays.copyOfRange(dest, 13, 17), EXACT);
    }

    @Test
    void theSameSizeCopiesTheImage() {
        float[] image = {3, 1, 4, 1, 5, 9};
        assertArrayEquals(image, new BilinearResize(2, 3, 2, 3).apply(image, 1), EXACT);
    }

    @Test
    void refusesAnEmptySide() {
        assertThrows(IllegalArgumentException.class, () -> new BilinearResize(28, 28, 0, 63));
    }
}
