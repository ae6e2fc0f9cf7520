package org.cnnexplorer.dl4j.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RouteChooserTest {

    @Test
    void alternatesUntilBothRoutesRanThreeTimesThenKeepsTheFaster() {
        RouteChooser chooser = new RouteChooser();
        long[] transposed = {900, 20, 30};
        long[] standard = {5, 40, 50};
        for (int i = 0; i < 3; i++) {
            assertFalse(chooser.nextUsesTransposed());
            chooser.record(false, standard[i]);
            assertTrue(chooser.nextUsesTransposed());
            chooser.record(true, transposed[i]);
        }
        assertEquals(Boolean.TRUE, chooser.chosen(), "best counted times: 20 against 40; first runs ignored");
        chooser.record(false, 1);
        assertTrue(chooser.nextUsesTransposed(), "the choice is final");
    }

    @Test
    void keepsTheStandardRouteWhenItIsFaster() {
        RouteChooser chooser = new RouteChooser();
        for (int i = 0; i < 3; i++) {
            chooser.record(false, 10);
            assertNull(i < 2 ? chooser.chosen() : null);
            chooser.record(true, 20);
        }
        assertEquals(Boolean.FALSE, chooser.chosen());
        assertFalse(chooser.nextUsesTransposed());
    }
}
