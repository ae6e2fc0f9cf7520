package org.cnnexplorer.core;

import java.util.Locale;

/**
 * Checked arithmetic for every figure of an analysis. A count is a {@code long} (at most
 * {@code 2^63 - 1}, about 9.2e18) and a tensor dimension an {@code int} (at most
 * {@code 2^31 - 1}); a figure that does not fit becomes a {@link ShapeException} naming it, which
 * the analyzer turns into a problem on the layer, never a wrapped or negative number.
 */
final class Counts {

    /** How the largest count is written in messages. */
    static final String MAX_COUNT = "9.2e18";

    private Counts() {
    }

    /** {@code a * b * ...}, or a problem saying that the figure of this message key exceeds 9.2e18. */
    static long multiply(String figure, long... factors) {
        return multiply(Message.of(figure), factors);
    }

    /** {@code a * b * ...}, or a problem saying that {@code figure} exceeds 9.2e18. */
    static long multiply(Message figure, long... factors) {
        long product = 1;
        try {
            for (long factor : factors) {
                product = Math.multiplyExact(product, factor);
            }
        } catch (ArithmeticException e) {
            throw tooLarge(figure);
        }
        return product;
    }

    /** {@code a + b}, or a problem saying that the figure of this message key exceeds 9.2e18. */
    static long add(String figure, long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw tooLarge(Message.of(figure));
        }
    }

    /** The values in one sample of {@code shape} ({@code C * H * W}), checked; the figure is a message key. */
    static long elements(String figure, Shape shape) {
        return multiply(figure, shape.channels(), shape.height(), shape.width());
    }

    /** A dimension (a height, a width, a channel count; the figure a message key) that must fit in an {@code int}. */
    static int dimension(String figure, long value) {
        return dimension(Message.of(figure), value);
    }

    /** A dimension (a height, a width, a channel count) that must fit in an {@code int}. */
    static int dimension(Message figure, long value) {
        if (value > Integer.MAX_VALUE) {
            throw new ShapeException("problem.count.dimension", figure, grouped(value), grouped(Integer.MAX_VALUE));
        }
        return (int) value;
    }

    static ShapeException tooLarge(Message figure) {
        return new ShapeException("problem.count.tooLarge", figure, MAX_COUNT);
    }

    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
