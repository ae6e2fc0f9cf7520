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
            throw new SpecException("core.spec.adaptivePool.output");
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
        return Counts.add("core.count.otherOps", Math.max(inputs.shape().elements(), out.elements()), out.elements());
    }

    /**
     * Output position i sees input cells {@code floor(i in / out)} to {@code ceil((i + 1) in / out) - 1};
     * the widest such window is found in closed form (no loop over a size the user types), and an
     * enlarging pool's copies are not counted as distinct cells (see {@link ReceptiveField}).
     */
    @Override
    public ReceptiveField receptiveField(List<ReceptiveField> inputs, LayerInputs shapes) {
        Shape in = shapes.shape();
        return inputs.get(0).adaptive(new Size2d(in.height(), in.width()), output);
    }
}
