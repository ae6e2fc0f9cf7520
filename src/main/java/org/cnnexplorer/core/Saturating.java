package org.cnnexplorer.core;

/**
 * Sums and products of non-negative counts that stop at {@code Long.MAX_VALUE} instead of wrapping, for
 * figures a user can make arbitrarily large (nested repeats, the maps of a huge input): a saturated result
 * reads as "more than any limit" and is refused as such.
 */
public final class Saturating {

    private Saturating() {
    }

    /** {@code a + b} for {@code a, b >= 0}, or {@code Long.MAX_VALUE} when it does not fit. */
    public static long sum(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** {@code a * b} for {@code a, b >= 0}, or {@code Long.MAX_VALUE} when it does not fit. */
    public static long product(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }
}
