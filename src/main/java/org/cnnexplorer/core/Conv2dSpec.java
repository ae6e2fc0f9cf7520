package org.cnnexplorer.core;

import java.util.List;

/**
 * 2-D convolution (LeCun 1989). Weights {@code filters x (in/groups) x kh x kw}, plus
 * {@code filters} biases when {@code bias}. Output size per axis
 * {@code floor((in + 2p - d(k-1) - 1) / s) + 1}. MACs per sample
 * {@code outH * outW * filters * (in/groups) * kh * kw}. Groups equal to the input channels
 * make a depthwise convolution.
 */
public record Conv2dSpec(int filters, Size2d kernel, Size2d stride, Padding padding, Size2d dilation,
                         int groups, boolean bias) implements LayerSpec {

    public Conv2dSpec {
        if (filters < 1 || groups < 1) {
            throw new SpecException("core.spec.conv.filters");
        }
        if (kernel.height() < 1 || kernel.width() < 1 || stride.height() < 1 || stride.width() < 1
                || dilation.height() < 1 || dilation.width() < 1) {
            throw new SpecException("core.spec.conv.window");
        }
    }

    /** A square convolution with the given kernel, stride and padding, no dilation or groups. */
    public static Conv2dSpec of(int filters, int kernel, int stride, int padding, boolean bias) {
        return new Conv2dSpec(filters, Size2d.square(kernel), Size2d.square(stride), Padding.of(padding),
                Size2d.ONE, 1, bias);
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.CONV2D;
    }

    @Override
    public String settings() {
        return kernel.height() + "x" + kernel.width() + " s" + stride + (padding.same() ? " same" : " p" + padding)
                + (dilation.equals(Size2d.ONE) ? "" : " d" + dilation) + (groups == 1 ? "" : " g" + groups);
    }

    /** Padding actually applied per side ({@code same} resolved for this input; odd totals round down). */
    public Size2d effectivePadding(Shape input) {
        if (!padding.same()) {
            return padding.size();
        }
        return new Size2d(
                Counts.dimension("core.count.samePaddingRows", SlidingWindow.samePaddingTotal(input.height(),
                        kernel.height(), stride.height(), dilation.height()) / 2),
                Counts.dimension("core.count.samePaddingColumns", SlidingWindow.samePaddingTotal(input.width(),
                        kernel.width(), stride.width(), dilation.width()) / 2));
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        Shape in = inputs.shape();
        SlidingWindow.requireFeatureMap(in, "conv2d");
        if (in.channels() % groups != 0 || filters % groups != 0) {
            throw new ShapeException("problem.conv.groups", groups, in.channels(), filters);
        }
        if (padding.same()) {
            effectivePadding(in); // refuses a padding that does not fit
            return Shape.of(filters, SlidingWindow.sameOutputLength(in.height(), stride.height()),
                    SlidingWindow.sameOutputLength(in.width(), stride.width()));
        }
        Size2d out = SlidingWindow.output(in, kernel, stride, padding.size(), dilation, false, "problem.conv.tooSmall");
        return Shape.of(filters, out.height(), out.width());
    }

    @Override
    public long params(LayerInputs inputs) {
        long weights = Counts.multiply("core.count.params", in(inputs), kernel.height(), kernel.width(), filters);
        return Counts.add("core.count.params", weights, bias ? filters : 0);
    }

    @Override
    public long macs(LayerInputs inputs, Shape output) {
        return Counts.multiply("core.count.macs", output.elements(), in(inputs), kernel.height(), kernel.width());
    }

    /** Input channels each filter sees. */
    private long in(LayerInputs inputs) {
        return inputs.shape().channels() / groups;
    }

    @Override
    public ReceptiveField receptiveField(List<ReceptiveField> inputs, LayerInputs shapes) {
        return inputs.get(0).through(kernel, stride, dilation);
    }

    @Override
    public boolean hasBias() {
        return bias;
    }

    @Override
    public boolean isWeightLayer() {
        return true;
    }
}
