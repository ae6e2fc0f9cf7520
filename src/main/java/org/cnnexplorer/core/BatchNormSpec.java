package org.cnnexplorer.core;

/**
 * Batch normalisation (Ioffe and Szegedy 2015) per channel: 2C parameters (scale, shift) and 2C
 * buffers (running mean and variance, not counted as parameters, as in PyTorch). Other ops:
 * a multiply and an add per value at inference.
 */
public record BatchNormSpec(double epsilon) implements LayerSpec {

    public static final double DEFAULT_EPSILON = 1e-5;

    public BatchNormSpec {
        if (!(epsilon > 0)) {
            throw new SpecException("core.spec.batchNorm.epsilon");
        }
    }

    public static BatchNormSpec standard() {
        return new BatchNormSpec(DEFAULT_EPSILON);
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.BATCHNORM;
    }

    @Override
    public String settings() {
        return epsilon == DEFAULT_EPSILON ? "" : "eps " + epsilon;
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        return inputs.shape();
    }

    @Override
    public long params(LayerInputs inputs) {
        return 2L * inputs.shape().channels();
    }

    @Override
    public long buffers(LayerInputs inputs) {
        return 2L * inputs.shape().channels();
    }

    @Override
    public long otherOps(LayerInputs inputs, Shape output) {
        return Counts.multiply("core.count.otherOps", 2, output.elements());
    }
}
