package org.cnnexplorer.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZoomPanTest {

    @Test
    void oneWheelNotchZoomsAsMuchAsTheZoomButtons() {
        assertEquals(1.25, ZoomPan.wheelFactor(40), 1e-9);
        assertEquals(0.8, ZoomPan.wheelFactor(-40), 1e-9);
        assertEquals(1.25 * 1.25, ZoomPan.wheelFactor(80), 1e-9);
    }
}
