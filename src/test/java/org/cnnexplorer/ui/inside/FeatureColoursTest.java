package org.cnnexplorer.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The diverging scale of feature maps: white at zero, full blue and red at the layer's largest magnitude. */
class FeatureColoursTest {

    @Test
    void zeroIsWhiteAndTheLimitsAreFullBlueAndRed() {
        assertEquals(0xFFFFFFFF, FeatureColours.argb(0, 2));
        assertEquals(0xFFFF0000, FeatureColours.argb(2, 2));
        assertEquals(0xFF0000FF, FeatureColours.argb(-5, 2), "beyond the limit stays full blue");
        assertEquals(0xFFFF8080, FeatureColours.argb(1, 2), "half way is half faded");
    }

    @Test
    void theLimitIsTheLargestMagnitudeOrOneForAnAllZeroLayer() {
        assertEquals(5f, FeatureColours.limit(-5, 3));
        assertEquals(1f, FeatureColours.limit(0, 0));
    }
}
