package org.cnnexplorer.inside;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.cnnexplorer.training.FirstLayerFilters.Geometry;
import org.junit.jupiter.api.Test;

/** Filters as tiles: 0.5 + w / (2 L), per filter or shared, RGB for three input channels. */
class FilterTilesTest {

    private static final Geometry TWO_GREY = new Geometry(2, 1, 1, 2);
    private static final float[] WEIGHTS = {1f, -0.5f, 0.25f, 0f};

    @Test
    void eachFilterOnItsOwnScaleReachesFullContrast() {
        FilterTiles tiles = FilterTiles.of(TWO_GREY, WEIGHTS, FilterScale.PER_FILTER);
        assertFalse(tiles.colour());
        assertArrayEquals(new float[] {1f, 0.25f}, tiles.tiles().get(0));
        assertArrayEquals(new float[] {1f, 0.5f}, tiles.tiles().get(1));
        assertArrayEquals(new float[] {1f, 0.25f}, tiles.limits());
    }

    @Test
    void aSharedScaleKeepsWeakFiltersFaint() {
        FilterTiles tiles = FilterTiles.of(TWO_GREY, WEIGHTS, FilterScale.SHARED);
        assertArrayEquals(new float[] {0.625f, 0.5f}, tiles.tiles().get(1));
        assertArrayEquals(new int[] {0xFF9F9F9F, 0xFF808080}, tiles.argb(1));
    }

    @Test
    void threeInputChannelsAreRedGreenAndBlue() {
        FilterTiles tiles = FilterTiles.of(new Geometry(1, 3, 1, 1), new float[] {1f, 0f, -1f},
                FilterScale.PER_FILTER);
        assertTrue(tiles.colour());
        assertArrayEquals(new int[] {0xFFFF8000}, tiles.argb(0));
    }

    @Test
    void twoInputChannelsShowTheirMeanInGrey() {
        FilterTiles tiles = FilterTiles.of(new Geometry(1, 2, 1, 1), new float[] {1f, 0f}, FilterScale.PER_FILTER);
        assertFalse(tiles.colour());
        assertArrayEquals(new float[] {1f}, tiles.tiles().get(0));
    }

    @Test
    void thePngIsAGridOfZoomedTiles() {
        BufferedImage image = FilterPng.image(FilterTiles.of(TWO_GREY, WEIGHTS, FilterScale.PER_FILTER), 4);
        assertEquals(2 * (2 * 4 + 1) + 1, image.getWidth(), "two columns of 2 x 4 pixels, 1-pixel gaps");
        assertEquals(1 * 4 + 2, image.getHeight());
        assertEquals(0xFFFFFFFF, image.getRGB(1, 1));
        assertEquals(0xFF404040, image.getRGB(5, 1), "0.25 of 255 rounds to 64");
    }

    @Test
    void anUnknownScaleWordNamesTheChoices() {
        assertEquals(FilterScale.SHARED, FilterScale.parse("shared"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FilterScale.parse("max"));
        assertEquals("unknown filter scale 'max'; use filter or shared", e.getMessage());
    }
}
