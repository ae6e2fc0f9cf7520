package org.cnnexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LogScaleTest {

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 10", "2, 100", "3, 1 k", "4, 10 k", "6, 1 M", "8, 100 M", "9, 1 G", "12, 1 T"})
    void decadesAreLabelledWithTheValueTheyStandFor(double axis, String label) {
        assertEquals(label, LogScale.tickLabel(axis));
    }

    @Test
    void ticksBetweenDecadesAreBlank() {
        assertEquals("", LogScale.tickLabel(2.5));
    }

    @Test
    void valuesArePlottedAsTheirLogarithm() {
        assertEquals(6, LogScale.toAxis(1_000_000), 1e-12);
        assertEquals(0, LogScale.toAxis(0));
        assertEquals(9, LogScale.upperBound(138_357_544));
        assertEquals(1, LogScale.upperBound(0));
    }

    @Test
    void logScaleIsNeededFromAHundredfoldSpread() {
        assertTrue(LogScale.needsLog(61_706, 138_357_544));
        assertFalse(LogScale.needsLog(5, 50, 0));
        assertTrue(LogScale.needsLog(1, 100));
        assertFalse(LogScale.needsLog());
    }
}
