package org.cnnexplorer.core;

/**
 * The shape of one sample's tensor: {@code channels x height x width}, or a flat vector of
 * {@code channels} features when {@code flat} is true (height and width are then 1).
 */
public record Shape(int channels, int height, int width, boolean flat) {

    public Shape {
        if (flat && (height != 1 || width != 1)) {
            throw new IllegalArgumentException("a flat shape has height and width 1");
        }
    }

    /** A feature map of {@code channels x height x width}. */
    public static Shape of(int channels, int height, int width) {
        return new Shape(channels, height, width, false);
    }

    /** A flat vector of {@code features} values, as after a flatten or a dense layer. */
    public static Shape vector(int features) {
        return new Shape(features, 1, 1, true);
    }

    /** Parses {@code CxHxW} (e.g. {@code 3x224x224}) or a single number (a vector). */
    public static Shape parse(String text) {
        String[] parts = text.trim().toLowerCase().split("[x×*]");
        try {
            if (parts.length == 1) {
                return vector(positive(parts[0], text));
            }
            if (parts.length == 3) {
                return of(positive(parts[0], text), positive(parts[1], text), positive(parts[2], text));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new SpecException("core.spec.shape", text);
    }

    private static int positive(String part, String whole) {
        int value = Integer.parseInt(part.trim());
        if (value < 1) {
            throw new NumberFormatException(whole);
        }
        return value;
    }

    /**
     * Number of values in one sample, {@code C * H * W}. Throws {@link ArithmeticException} past
     * {@code 2^63 - 1}; the analyzer refuses such a shape as a problem before anything asks.
     */
    public long elements() {
        return Math.multiplyExact(Math.multiplyExact((long) channels, height), width);
    }

    /** True when every dimension is at least 1. */
    public boolean isPositive() {
        return channels > 0 && height > 0 && width > 0;
    }

    /** {@code 64x56x56} for a feature map, {@code 4096} for a vector. */
    @Override
    public String toString() {
        return flat ? Integer.toString(channels) : channels + "x" + height + "x" + width;
    }
}
