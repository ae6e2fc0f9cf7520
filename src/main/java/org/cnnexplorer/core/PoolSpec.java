package org.cnnexplorer.core;

import java.util.List;

/**
 * Max or average pooling over a sliding window, per channel. No parameters. Output size as for a
 * convolution, with {@code ceilMode} rounding up as torchvision's GoogLeNet does. Other ops per
 * sample: one compare or add per window element, {@code out elements * kh * kw}.
 */
public record PoolSpec(Kind kind, Size2d kernel, Size2d stride, Size2d padding, boolean ceilMode)
        implements LayerSpec {

    /** Which reduction the window applies. */
    public enum Kind { MAX, AVG }

    public PoolSpec {
        if (kernel.height() < 1 || kernel.width() < 1 || stride.height() < 1 || stride.width() < 1) {
            throw new SpecException("core.spec.pool");
        }
    }

    public static PoolSpec max(int kernel, int stride, int padding, boolean ceilMode) {
        return new PoolSpec(Kind.MAX, Size2d.square(kernel), Size2d.square(stride), Size2d.square(padding), ceilMode);
    }

    public static PoolSpec avg(int kernel, int stride) {
        return new PoolSpec(Kind.AVG, Size2d.square(kernel), Size2d.square(stride), Size2d.ZERO, false);
    }

    @Override
    public LayerKind layerKind() {
        return kind == Kind.MAX ? LayerKind.MAXPOOL : LayerKind.AVGPOOL;
    }

    @Override
    public String settings() {
        return kernel.height() + "x" + kernel.width() + " s" + stride + " p" + padding + (ceilMode ? " ceil" : "");
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        Shape in = inputs.shape();
        SlidingWindow.requireFeatureMap(in, type());
        if (padding.height() * 2 > kernel.height() || padding.width() * 2 > kernel.width()) {
            throw new ShapeException("problem.pool.padding", padding, kernel.height() + "x" + kernel.width());
        }
        Size2d out = SlidingWindow.output(in, kernel, stride, padding, Size2d.ONE, ceilMode, "problem.pool.tooSmall");
        return Shape.of(in.channels(), out.height(), out.width());
    }

    @Override
    public long otherOps(LayerInputs inputs, Shape output) {
        return Counts.multiply("core.count.otherOps", output.elements(), kernel.height(), kernel.width());
    }

    @Override
    public ReceptiveField receptiveField(List<ReceptiveField> inputs, LayerInputs shapes) {
        return inputs.get(0).through(kernel, stride, Size2d.ONE);
    }
}
