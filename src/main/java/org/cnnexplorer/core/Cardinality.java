package org.cnnexplorer.core;

/**
 * How a bottleneck splits its 3x3 convolution into groups (ResNeXt, Xie et al. 2017: "cardinality"),
 * as torchvision's {@code groups} and {@code width_per_group}. The bottleneck's inner width is
 * {@code floor(width * widthPerGroup / 64) * groups} and its 3x3 convolution has {@code groups}
 * groups; the output stays {@code 4 * width}. ResNet is {@code 1 x 64} (inner width = width);
 * ResNeXt-50 32x4d is {@code 32 x 4} (width 64: 128 channels in 32 groups of 4); Wide ResNet-50-2
 * is {@code 1 x 128} (twice the inner width).
 */
public record Cardinality(int groups, int widthPerGroup) {

    /** The width per group that keeps the inner width equal to the block's width (torchvision's 64). */
    public static final int BASE_WIDTH = 64;

    /** ResNet's plain bottleneck: one group, 64 channels of width per group. */
    public static final Cardinality STANDARD = new Cardinality(1, BASE_WIDTH);

    public Cardinality {
        if (groups < 1 || widthPerGroup < 1) {
            throw new SpecException("core.spec.cardinality");
        }
    }

    public boolean isStandard() {
        return equals(STANDARD);
    }

    /** {@code floor(width * widthPerGroup / 64) * groups}, or a problem when it is 0 or does not fit. */
    public int innerWidth(int width) {
        long perGroup = (long) width * widthPerGroup / BASE_WIDTH;
        Message figure = Message.of("core.count.innerWidth", width, widthPerGroup, groups);
        if (perGroup == 0) {
            throw new ShapeException("problem.cardinality.zero", figure);
        }
        return Counts.dimension(figure, Counts.multiply(figure, perGroup, groups));
    }

    /** {@code 32x4d} for ResNeXt, empty for the standard bottleneck. */
    String settings() {
        return isStandard() ? "" : " " + groups + "x" + widthPerGroup + "d";
    }
}
