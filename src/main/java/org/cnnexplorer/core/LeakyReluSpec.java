package org.cnnexplorer.core;

/**
 * Leaky ReLU (Maas et al. 2013): {@code y = x} for {@code x >= 0}, {@code y = slope * x} otherwise,
 * PyTorch's {@code LeakyReLU(negative_slope)}. The slope is 0.01 by default; YOLO v1 and Darknet use
 * 0.1. No parameters; 2 other ops per value (a comparison and a multiplication).
 */
public record LeakyReluSpec(double slope) implements LayerSpec {

    /** PyTorch's default {@code negative_slope}. */
    public static final double DEFAULT_SLOPE = 0.01;

    public LeakyReluSpec {
        if (!Double.isFinite(slope) || slope < 0) {
            throw new SpecException("core.spec.leakyRelu", slope);
        }
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.LEAKY_RELU;
    }

    @Override
    public String settings() {
        return "slope " + slope;
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        return inputs.shape();
    }

    @Override
    public long otherOps(LayerInputs inputs, Shape output) {
        return Counts.multiply("core.count.otherOps", output.elements(), 2);
    }
}
