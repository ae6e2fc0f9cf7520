package org.cnnexplorer.dl4j.graph;

import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.dl4j.layers.TunedPoolingLayer;
import org.cnnexplorer.i18n.Messages;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.layers.ZeroPaddingLayer;

/** Pooling layers in DL4J terms, including torchvision's ceil mode and adaptive pooling. */
final class PoolMapper {

    private PoolMapper() {
    }

    static SubsamplingLayer pool(PoolSpec pool) {
        return new TunedPoolingLayer.Builder(pool.kind() == PoolSpec.Kind.MAX ? PoolingType.MAX : PoolingType.AVG)
                .kernelSize(pool.kernel().height(), pool.kernel().width())
                .stride(pool.stride().height(), pool.stride().width())
                .padding(pool.padding().height(), pool.padding().width())
                .avgPoolIncludePadInDivisor(true)
                .convolutionMode(ConvolutionMode.Truncate)
                .build();
    }

    /**
     * True for max pooling that returns its input: every window holds exactly one input value (a
     * 1x1 map, whose windows' padding never wins, or 1x1 windows with stride 1 and no padding) and
     * the output has the input's size. GoogLeNet's inception pool branches (3x3, stride 1, padding
     * 1) meet 1x1 maps in their last stage at CIFAR-sized inputs, where oneDNN ran its plain
     * reference kernel three times a step (0.6-0.7 ms a pass, decision 0005); such a pool is no DL4J
     * layer at all.
     */
    static boolean passesThrough(PoolSpec pool, Shape input, Shape output) {
        return pool.kind() == PoolSpec.Kind.MAX && input.height() == output.height()
                && input.width() == output.width()
                && oneValue(input.height(), pool.kernel().height(), pool.stride().height(), pool.padding().height())
                && oneValue(input.width(), pool.kernel().width(), pool.stride().width(), pool.padding().width());
    }

    private static boolean oneValue(int size, int kernel, int stride, int padding) {
        return size == 1 ? padding < kernel : kernel == 1 && stride == 1 && padding == 0;
    }

    /**
     * Max pooling in ceil mode as DL4J's "same" mode, where the two read the same windows: the same
     * output size, and the padding "same" puts before the input ({@code floor(total / 2)}, the rest
     * after it) equal to the pool's own. Padding never wins a maximum in either, so this is exact for
     * any input, and needs no padding layer (torchvision's GoogLeNet: every ceil-mode pool at 32x32
     * and 224x224). Returns null where they differ.
     */
    static SubsamplingLayer ceilAsSame(PoolSpec pool, Shape input, Shape output) {
        if (pool.kind() != PoolSpec.Kind.MAX || !pool.ceilMode()
                || !sameWindows(input.height(), output.height(), pool.kernel().height(), pool.stride().height(),
                        pool.padding().height())
                || !sameWindows(input.width(), output.width(), pool.kernel().width(), pool.stride().width(),
                        pool.padding().width())) {
            return null;
        }
        return new TunedPoolingLayer.Builder(PoolingType.MAX)
                .kernelSize(pool.kernel().height(), pool.kernel().width())
                .stride(pool.stride().height(), pool.stride().width())
                .convolutionMode(ConvolutionMode.Same)
                .build();
    }

    private static boolean sameWindows(int in, int out, int kernel, int stride, int padding) {
        int sameOut = (in + stride - 1) / stride;
        int total = Math.max(0, (sameOut - 1) * stride + kernel - in);
        return sameOut == out && total / 2 == padding;
    }

    /**
     * DL4J has no ceil mode: when ceil mode gives a larger output than floor mode, pad the bottom
     * and right by the missing rows and columns (exact for max pooling of non-negative inputs,
     * which is where torchvision uses it: after ReLU). Returns null when no padding is needed.
     */
    static ZeroPaddingLayer ceilPadding(PoolSpec pool, Shape input, Shape output) {
        int extraHeight = extra(input.height(), output.height(), pool.kernel().height(), pool.stride().height(),
                pool.padding().height());
        int extraWidth = extra(input.width(), output.width(), pool.kernel().width(), pool.stride().width(),
                pool.padding().width());
        if (!pool.ceilMode() || (extraHeight == 0 && extraWidth == 0)) {
            return null;
        }
        return new ZeroPaddingLayer.Builder(0, extraHeight, 0, extraWidth).build();
    }

    private static int extra(int in, int out, int kernel, int stride, int padding) {
        return Math.max(0, (out - 1) * stride + kernel - (in + 2 * padding));
    }

    /** Adaptive average pooling where DL4J can do it exactly; null means identity (sizes equal). */
    static Layer adaptive(String name, AdaptiveAvgPoolSpec spec, Shape input) {
        int outH = spec.output().height();
        int outW = spec.output().width();
        if (spec.isGlobal()) {
            return new GlobalPoolingLayer.Builder(PoolingType.AVG).collapseDimensions(false).build();
        }
        if (input.height() == outH && input.width() == outW) {
            return null;
        }
        if (input.height() == 1 && input.width() == 1) {
            return new Upsampling2D.Builder().size(new int[] {outH, outW}).build();
        }
        if (input.height() % outH == 0 && input.width() % outW == 0) {
            int kh = input.height() / outH;
            int kw = input.width() / outW;
            return new TunedPoolingLayer.Builder(PoolingType.AVG).kernelSize(kh, kw).stride(kh, kw)
                    .convolutionMode(ConvolutionMode.Truncate).build();
        }
        throw new UnsupportedLayerException(name, Messages.text("dl4j.unsupported.adaptivePool",
                input.height() + "x" + input.width(), outH + "x" + outW));
    }
}
