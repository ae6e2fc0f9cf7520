package org.cnnexplorer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SaturatingTest {

    @Test
    void sumsAndProductsThatFitAreExact() {
        assertEquals(Long.MAX_VALUE, Saturating.sum(Long.MAX_VALUE - 1, 1));
        assertEquals(7, Saturating.sum(3, 4));
        assertEquals(Long.MAX_VALUE - 1, Saturating.product((Long.MAX_VALUE - 1) / 2, 2));
        assertEquals(0, Saturating.product(0, Long.MAX_VALUE));
    }

    @Test
    void sumsAndProductsThatDoNotFitStopAtTheLargestLong() {
        assertEquals(Long.MAX_VALUE, Saturating.sum(Long.MAX_VALUE, 1));
        assertEquals(Long.MAX_VALUE, Saturating.sum(Long.MAX_VALUE, Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, Saturating.product(Long.MAX_VALUE / 2 + 1, 2));
        assertEquals(Long.MAX_VALUE, Saturating.product(1L << 32, 1L << 32));
        assertEquals(Long.MAX_VALUE, Saturating.product(Long.MAX_VALUE, Float.BYTES));
    }
}
