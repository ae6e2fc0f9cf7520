package org.cnnexplorer.core;

import org.cnnexplorer.i18n.Messages;

/**
 * Compound scaling of a network (EfficientNet's width, depth and resolution coefficients for
 * {@code phi}; MobileNet's width multiplier {@code alpha} and resolution multiplier {@code rho}),
 * decision 0012:
 * <ul>
 *   <li>width: every convolution and dense layer's output channels {@code c} become
 *       {@code makeDivisible(c * width)} (round to the nearest multiple of 8, at least 8, and not
 *       below 90% of {@code c * width}: torchvision's {@code _make_divisible(v, 8)}); the
 *       classifier's output (a dense layer of {@code "classes"} units, or the network's last weight
 *       layer) keeps its count, a depthwise convolution's groups follow its channels, and the widths
 *       of blocks scale the same way;</li>
 *   <li>depth: a stage's block count or a repeat's copies {@code n} become {@code ceil(n * depth)};</li>
 *   <li>resolution: the input's height and width {@code h} become {@code round(h * resolution)}, at
 *       least 1. The analysis input is already multiplied: this record keeps the factor to show it.</li>
 * </ul>
 * A multiplier of exactly 1 changes nothing (not even a count that is no multiple of 8).
 */
public record ScalingMultipliers(double width, double depth, double resolution) {

    /** No scaling: the network as its file declares it. */
    public static final ScalingMultipliers NONE = new ScalingMultipliers(1, 1, 1);
    /** The largest multiplier accepted; a network 8 times as wide has 64 times the weights. */
    public static final double MAX = 8;
    /** The smallest multiplier accepted. */
    public static final double MIN = 0.01;
    /** Channel counts are rounded to multiples of this, as MobileNet v2, v3 and EfficientNet do. */
    public static final int DIVISOR = 8;

    private static final double KEEP_AT_LEAST = 0.9;

    public ScalingMultipliers {
        check("width", width);
        check("depth", depth);
        check("resolution", resolution);
    }

    private static void check(String name, double value) {
        if (!Double.isFinite(value) || value < MIN || value > MAX) {
            throw new SpecException("scaling.range", Message.of("scaling." + name), format(MIN), format(MAX), value);
        }
    }

    public boolean isNone() {
        return equals(NONE);
    }

    /** Width and depth change the layers; resolution only the input. */
    public boolean changesLayers() {
        return width != 1 || depth != 1;
    }

    /** {@code c} output channels at this width: {@code makeDivisible(c * width)}, or {@code c} at width 1. */
    public int channels(int c) {
        return width == 1 ? c : makeDivisible(c * width);
    }

    /**
     * torchvision's {@code _make_divisible(v, 8)}: {@code max(8, floor(v + 4) / 8 * 8)}, plus 8 when that
     * is below {@code 0.9 v}; at most {@code 2^31 - 1} rounded down to a multiple of 8.
     */
    public static int makeDivisible(double v) {
        long rounded = Math.max(DIVISOR, (long) (v + DIVISOR / 2.0) / DIVISOR * DIVISOR);
        if (rounded < KEEP_AT_LEAST * v) {
            rounded += DIVISOR;
        }
        return (int) Math.min(rounded, Integer.MAX_VALUE / DIVISOR * DIVISOR);
    }

    /** {@code n} blocks or copies at this depth: {@code ceil(n * depth)}, at least 1. */
    public int repeats(int n) {
        return depth == 1 ? n : (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(n * depth)));
    }

    /** The input at this resolution: height and width {@code round(h * resolution)}, at least 1; channels kept. */
    public Shape input(Shape base) {
        if (resolution == 1 || base.flat()) {
            return base;
        }
        return Shape.of(base.channels(), side(base.height()), side(base.width()));
    }

    private int side(int size) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(size * resolution)));
    }

    public ScalingMultipliers withWidth(double newWidth) {
        return new ScalingMultipliers(newWidth, depth, resolution);
    }

    public ScalingMultipliers withDepth(double newDepth) {
        return new ScalingMultipliers(width, newDepth, resolution);
    }

    public ScalingMultipliers withResolution(double newResolution) {
        return new ScalingMultipliers(width, depth, newResolution);
    }

    /** {@code width x0.5, depth x1.1, resolution x1.0714}: the multipliers other than 1; "" when none. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        append(out, "width", width);
        append(out, "depth", depth);
        append(out, "resolution", resolution);
        return out.toString();
    }

    private static void append(StringBuilder out, String name, double value) {
        if (value != 1) {
            out.append(out.length() == 0 ? "" : ", ").append(Messages.text("scaling.times",
                    Messages.text("scaling." + name), format(value)));
        }
    }

    /** Up to 4 decimals, without trailing zeros: 0.5, 1.1, 1.0714. */
    public static String format(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }
}
