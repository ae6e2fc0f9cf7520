package org.cnnexplorer.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cnnexplorer.i18n.Messages;

/**
 * The input pixels that one output pixel of a layer sees: rows {@code top..bottom} and columns
 * {@code left..right}, inclusive, on the network's input. Unclipped, the region may reach into the
 * padding (negative or past the last row); {@link #clipped} cuts it to the image.
 *
 * <p>Walking back from the layer, each window layer maps output rows {@code lo..hi} to input rows
 * {@code lo s - p .. hi s - p + (k - 1) d} (kernel k, stride s, padding p, dilation d); an adaptive
 * pool maps them to {@code floor(lo in / out) .. ceil((hi + 1) in / out) - 1}; flatten and dense see
 * their whole input; every other layer keeps the position. Where branches meet, the regions are
 * joined. Without adaptive pools its size is the {@link ReceptiveField} size, and neighbouring pixels'
 * regions are a {@link ReceptiveField} jump apart.
 */
public record InputRegion(int top, int left, int bottom, int right) {

    /** The region of pixel (row {@code y}, column {@code x}) of {@code layer}'s output. */
    public static InputRegion of(NetworkReport report, String layer, int y, int x) {
        List<LayerReport> layers = report.layers();
        int index = indexOf(layers, layer);
        Map<String, long[]> regions = new HashMap<>();
        regions.put(layer, new long[] {y, y, x, x});
        for (int i = index; i > 0; i--) {
            LayerReport current = layers.get(i);
            long[] region = regions.get(current.name());
            if (region == null) {
                continue;
            }
            // a crop's second input only gives the size: no value of it reaches the output
            int read = current.spec().layerKind() == LayerKind.CROP ? 1 : current.inputs().size();
            for (int k = 0; k < read; k++) {
                long[] back = back(current, current.inputShapes().get(k), region);
                regions.merge(current.inputs().get(k), back, InputRegion::join);
            }
        }
        long[] input = regions.get(NetworkAnalyzer.INPUT);
        if (input == null) {
            throw new SpecException("core.region.noInput", layer);
        }
        return new InputRegion((int) input[0], (int) input[2], (int) input[1], (int) input[3]);
    }

    private static int indexOf(List<LayerReport> layers, String layer) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).name().equals(layer)) {
                return i;
            }
        }
        throw new SpecException("core.region.noLayer", layer);
    }

    /** Rows {top, bottom} and columns {left, right} on the layer's input for a region of its output. */
    private static long[] back(LayerReport layer, Shape in, long[] out) {
        LayerSpec spec = layer.spec();
        return switch (spec.layerKind()) {
            case CONV2D -> {
                Conv2dSpec conv = (Conv2dSpec) spec;
                yield window(out, conv.kernel(), conv.stride(), conv.effectivePadding(in), conv.dilation());
            }
            case MAXPOOL, AVGPOOL -> {
                PoolSpec pool = (PoolSpec) spec;
                yield window(out, pool.kernel(), pool.stride(), pool.padding(), Size2d.ONE);
            }
            case GLOBAL_AVGPOOL, ADAPTIVE_AVGPOOL -> adaptive(out, in, layer.output());
            case FLATTEN, DENSE -> new long[] {0, in.height() - 1, 0, in.width() - 1};
            case CONV_TRANSPOSE2D -> {
                ConvTranspose2dSpec conv = (ConvTranspose2dSpec) spec;
                yield transposed(out, conv.kernel(), conv.stride(), conv.padding(), conv.dilation());
            }
            case UPSAMPLE -> upsampled(out, in, layer.output(),
                    ((UpsampleSpec) spec).mode() == UpsampleSpec.Mode.BILINEAR);
            case CROP -> {
                Size2d offset = CropSpec.offset(in, layer.output());
                yield new long[] {out[0] + offset.height(), out[1] + offset.height(), out[2] + offset.width(),
                    out[3] + offset.width()};
            }
            // a squeeze-and-excitation gate is one value per channel: its 1x1 position, which saw everything
            case MULTIPLY -> in.height() == 1 && in.width() == 1 && !layer.output().equals(in)
                    ? new long[] {0, 0, 0, 0} : out;
            case INPUT, BATCHNORM, LRN, DROPOUT, RELU, RELU6, TANH, SIGMOID, HARD_SIGMOID, SWISH, HARD_SWISH,
                    LEAKY_RELU, MISH, SOFTMAX, CONCAT, ADD, SLICE, CHANNEL_SHUFFLE, INCEPTION, RESIDUAL_STAGE,
                    BOTTLENECK, BASIC_BLOCK, REPEAT,
                    SEPARABLE, SQUEEZE_EXCITATION, INVERTED_RESIDUAL, INVERTED_RESIDUAL_STAGE,
                    DENSE_BLOCK, TRANSITION, CSP_STAGE, FCN_HEAD -> out;
        };
    }

    private static long[] window(long[] out, Size2d kernel, Size2d stride, Size2d padding, Size2d dilation) {
        return new long[] {
            out[0] * stride.height() - padding.height(),
            out[1] * stride.height() - padding.height() + (long) (kernel.height() - 1) * dilation.height(),
            out[2] * stride.width() - padding.width(),
            out[3] * stride.width() - padding.width() + (long) (kernel.width() - 1) * dilation.width()};
    }

    /**
     * Input cells of a transposed convolution that reach outputs {@code o}: {@code o = i s - p + j d}
     * for a tap {@code j < k}, so {@code ceil((o + p - (k - 1) d) / s) <= i <= floor((o + p) / s)}.
     */
    private static long[] transposed(long[] out, Size2d kernel, Size2d stride, Size2d padding, Size2d dilation) {
        long reachH = (long) (kernel.height() - 1) * dilation.height();
        long reachW = (long) (kernel.width() - 1) * dilation.width();
        return new long[] {
            -Math.floorDiv(-(out[0] + padding.height() - reachH), stride.height()),
            Math.floorDiv(out[1] + padding.height(), stride.height()),
            -Math.floorDiv(-(out[2] + padding.width() - reachW), stride.width()),
            Math.floorDiv(out[3] + padding.width(), stride.width())};
    }

    /** Nearest upsampling reads cell {@code floor(o in / out)}; bilinear also its neighbours on each side. */
    private static long[] upsampled(long[] out, Shape in, Shape output, boolean bilinear) {
        int wider = bilinear ? 1 : 0;
        return new long[] {
            Math.floorDiv(out[0] * in.height(), output.height()) - wider,
            Math.floorDiv(out[1] * in.height(), output.height()) + wider,
            Math.floorDiv(out[2] * in.width(), output.width()) - wider,
            Math.floorDiv(out[3] * in.width(), output.width()) + wider};
    }

    private static long[] adaptive(long[] out, Shape in, Shape output) {
        return new long[] {
            Math.floorDiv(out[0] * in.height(), output.height()),
            -Math.floorDiv(-(out[1] + 1) * in.height(), output.height()) - 1,
            Math.floorDiv(out[2] * in.width(), output.width()),
            -Math.floorDiv(-(out[3] + 1) * in.width(), output.width()) - 1};
    }

    private static long[] join(long[] a, long[] b) {
        return new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.max(a[3], b[3])};
    }

    public int height() {
        return bottom - top + 1;
    }

    public int width() {
        return right - left + 1;
    }

    /** True when part of the region lies in the padding around {@code input}. */
    public boolean reachesPadding(Shape input) {
        return top < 0 || left < 0 || bottom >= input.height() || right >= input.width();
    }

    /** The part of the region on the image of size {@code input}. */
    public InputRegion clipped(Shape input) {
        return new InputRegion(Math.max(top, 0), Math.max(left, 0), Math.min(bottom, input.height() - 1),
                Math.min(right, input.width() - 1));
    }

    @Override
    public String toString() {
        return Messages.text("calc.window.place", top, bottom, left, right);
    }
}
