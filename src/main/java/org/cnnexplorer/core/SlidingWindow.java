package org.cnnexplorer.core;

/**
 * Output length of a sliding window along one axis, as PyTorch computes it:
 * {@code out = floor((in + 2p - d(k - 1) - 1) / s) + 1}, with {@code ceil} instead of floor in
 * ceil mode, where a last window that would start inside the right padding is dropped.
 */
final class SlidingWindow {

    private SlidingWindow() {
    }

    static long outputLength(int in, int kernel, int stride, int padding, int dilation, boolean ceilMode) {
        long span = in + 2L * padding - (long) dilation * (kernel - 1) - 1;
        long steps = ceilMode ? -Math.floorDiv(-span, stride) : Math.floorDiv(span, stride);
        long out = steps + 1;
        if (ceilMode && out > 0 && (out - 1) * stride >= in + padding) {
            out--;
        }
        return out;
    }

    /** {@code ceil(in / stride)}, the output length of {@code same} padding. */
    static int sameOutputLength(int in, int stride) {
        return (int) ((in + (long) stride - 1) / stride);
    }

    /**
     * Total padding that {@code same} needs along one axis (the larger half goes after):
     * {@code max((out - 1) * s + (k - 1) * d + 1 - in, 0)}; at most about {@code 2^62}, so it fits a long.
     */
    static long samePaddingTotal(int in, int kernel, int stride, int dilation) {
        long out = sameOutputLength(in, stride);
        return Math.max((out - 1) * stride + (long) (kernel - 1) * dilation + 1 - in, 0);
    }

    /** Output height x width, or a {@link ShapeException} in the words users expect. */
    static Size2d output(Shape input, Size2d kernel, Size2d stride, Size2d padding, Size2d dilation,
                         boolean ceilMode, String tooSmallKey) {
        long height = outputLength(input.height(), kernel.height(), stride.height(), padding.height(),
                dilation.height(), ceilMode);
        long width = outputLength(input.width(), kernel.width(), stride.width(), padding.width(),
                dilation.width(), ceilMode);
        if (height < 1 || width < 1) {
            throw new ShapeException(tooSmallKey, input, describePadding(padding),
                    kernel.height() + "x" + kernel.width(), stride, describeDilation(dilation),
                    Math.max(height, 0) + "x" + Math.max(width, 0));
        }
        return new Size2d(Counts.dimension("core.figure.outHeight", height),
                Counts.dimension("core.figure.outWidth", width));
    }

    private static Object describePadding(Size2d padding) {
        return padding.equals(Size2d.ZERO) ? "" : Message.of("problem.window.withPadding", padding);
    }

    private static Object describeDilation(Size2d dilation) {
        return dilation.equals(Size2d.ONE) ? "" : Message.of("problem.window.dilation", dilation);
    }

    static void requireFeatureMap(Shape input, Object layerKind) {
        if (input.flat()) {
            throw new ShapeException("problem.featureMap", layerKind, input.channels());
        }
    }
}
