package org.cnnexplorer.core;

import java.util.List;

/**
 * Adaptive average pooling to a fixed {@code output} size whatever the input size (torchvision's
 * {@code AdaptiveAvgPool2d}); {@code 1x1} is global average pooling. A smaller input is
 * replicated up to the output size, as PyTorch does. Other ops: one add per input value plus one
 * divide per output value.
 */
public record AdaptiveAvgPoolSpec(Size2d output) implements LayerSpec {

    public AdaptiveAvgPoolSpec {
        if (output.height() < 1 || output.width() < 1) {
            throw new IllegalArgumentException("adaptive pool output must be at least 1x1");
        }
    }

    public static AdaptiveAvgPoolSpec global() {
        return new AdaptiveAvgPoolSpec(Size2d.ONE);
    }

    public boolean isGlobal() {
        return output.equals(Size2d.ONE);
    }

    @Override
    public LayerKind layerKind() {
        return isGlobal() ? LayerKind.GLOBAL_AVGPOOL : LayerKind.ADAPTIVE_AVGPOOL;
    }

    @Override
    public String settings() {
        return "-> " + output.height() + "x" + output.width();
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        Shape in = inputs.shape();
        SlidingWindow.requireFeatureMap(in, type());
        return Shape.of(in.channels(), output.height(), output.width());
    }

    @Override
    public long otherOps(LayerInputs inputs, Shape out) {
        return Math.max(inputs.shape().elements(), out.elements()) + out.elements();
    }

    @Override
    public ReceptiveField receptiveField(List<ReceptiveField> inputs, LayerInputs shapes) {
        Shape in = shapes.shape();
        return inputs.get(0).through(
                new Size2d(window(in.height(), output.height()), window(in.width(), output.width())),
                new Size2d(Math.max(1, in.height() / output.height()), Math.max(1, in.width() / output.width())),
                Size2d.ONE);
    }

    /** Largest window PyTorch uses along an axis: ceil((i+1)in/out) - floor(i*in/out), maximised. */
    private static int window(int in, int out) {
        int widest = 1;
        for (int i = 0; i < out; i++) {
            int start = (int) ((long) i * in / out);
            int end = (int) (((long) (i + 1) * in + out - 1) / out);
            widest = Math.max(widest, end - start);
        }
        return widest;
    }
}
