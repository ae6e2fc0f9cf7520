package org.cnnexplorer.core;

import java.util.List;

/**
 * 2-D transposed convolution ("deconvolution", Zeiler et al. 2010; U-Net's up-convolution), as
 * PyTorch's {@code ConvTranspose2d}. Each input value is multiplied by a kernel and added into the
 * output around {@code stride} times its position. Weights {@code in x (filters/groups) x kh x kw},
 * plus {@code filters} biases when {@code bias}. Output size per axis
 * {@code (in - 1) * s - 2p + d(k - 1) + outputPadding + 1}, where {@code outputPadding} (smaller than
 * the stride or the dilation) only adds rows and columns at the bottom and right. MACs per sample
 * {@code inH * inW * in * (filters/groups) * kh * kw}: every input value is scattered through the
 * whole kernel, including the products that the padding crops away (fvcore's and
 * {@code torch.utils.flop_counter}'s convention; see docs/model-format.md).
 */
public record ConvTranspose2dSpec(int filters, Size2d kernel, Size2d stride, Size2d padding, Size2d outputPadding,
                                  Size2d dilation, int groups, boolean bias) implements LayerSpec {

    public ConvTranspose2dSpec {
        if (filters < 1 || groups < 1) {
            throw new SpecException("core.spec.conv.filters");
        }
        if (kernel.height() < 1 || kernel.width() < 1 || stride.height() < 1 || stride.width() < 1
                || dilation.height() < 1 || dilation.width() < 1) {
            throw new SpecException("core.spec.conv.window");
        }
        if (outputPadding.height() >= Math.max(stride.height(), dilation.height())
                || outputPadding.width() >= Math.max(stride.width(), dilation.width())) {
            throw new SpecException("core.spec.transposed.outputPadding", outputPadding, stride, dilation);
        }
    }

    /** A square transposed convolution without output padding, dilation or groups. */
    public static ConvTranspose2dSpec of(int filters, int kernel, int stride, int padding, boolean bias) {
        return new ConvTranspose2dSpec(filters, Size2d.square(kernel), Size2d.square(stride), Size2d.square(padding),
                Size2d.ZERO, Size2d.ONE, 1, bias);
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.CONV_TRANSPOSE2D;
    }

    @Override
    public String settings() {
        return kernel.height() + "x" + kernel.width() + " s" + stride + " p" + padding
                + (outputPadding.equals(Size2d.ZERO) ? "" : " op" + outputPadding)
                + (dilation.equals(Size2d.ONE) ? "" : " d" + dilation) + (groups == 1 ? "" : " g" + groups);
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        Shape in = inputs.shape();
        SlidingWindow.requireFeatureMap(in, "conv-transpose2d");
        if (in.channels() % groups != 0 || filters % groups != 0) {
            throw new ShapeException("problem.conv.groups", groups, in.channels(), filters);
        }
        long height = length(in.height(), kernel.height(), stride.height(), padding.height(),
                dilation.height(), outputPadding.height());
        long width = length(in.width(), kernel.width(), stride.width(), padding.width(), dilation.width(),
                outputPadding.width());
        if (height < 1 || width < 1) {
            throw new ShapeException("problem.transposed.padding", padding, in.height() + "x" + in.width(),
                    kernel.height() + "x" + kernel.width(), stride, Math.max(height, 0) + "x" + Math.max(width, 0));
        }
        return Shape.of(filters, Counts.dimension("core.figure.outHeight", height),
                Counts.dimension("core.figure.outWidth", width));
    }

    /** {@code (in - 1) * s - 2p + d(k - 1) + outputPadding + 1}, exact in a long. */
    static long length(int in, int kernel, int stride, int padding, int dilation, int outputPadding) {
        return (in - 1L) * stride - 2L * padding + (long) dilation * (kernel - 1) + outputPadding + 1;
    }

    @Override
    public long params(LayerInputs inputs) {
        long weights = Counts.multiply("core.count.params", inputs.shape().channels(), filters / groups,
                kernel.height(), kernel.width());
        return Counts.add("core.count.params", weights, bias ? filters : 0);
    }

    @Override
    public long macs(LayerInputs inputs, Shape output) {
        return Counts.multiply("core.count.macs", inputs.shape().elements(), filters / groups, kernel.height(),
                kernel.width());
    }

    /**
     * One output sees at most {@code ceil(k g / s)} input cells, {@code d / g} apart, where
     * {@code g = gcd(d, s)}; neighbouring outputs are {@code jump / s} pixels apart (see
     * {@link ReceptiveField#transposed}).
     */
    @Override
    public ReceptiveField receptiveField(List<ReceptiveField> inputs, LayerInputs shapes) {
        Shape in = shapes.shape();
        Shape out = outputShape(shapes);
        return inputs.get(0).transposed(kernel, stride, dilation, new Size2d(in.height(), in.width()),
                new Size2d(out.height(), out.width()));
    }

    @Override
    public boolean isWeightLayer() {
        return true;
    }
}
