package org.cnnexplorer.core;

/**
 * Local response normalisation across {@code size} neighbouring channels (Krizhevsky et al.
 * 2012): {@code b = a / (k + alpha/size * sum a^2)^beta}. No parameters. Other ops: about
 * {@code size + 3} per value.
 */
public record LrnSpec(int size, double alpha, double beta, double k) implements LayerSpec {

    public LrnSpec {
        if (size < 1) {
            throw new SpecException("core.spec.lrn");
        }
    }

    /** AlexNet's setting: size 5, alpha 1e-4, beta 0.75, k 2. */
    public static LrnSpec alexNet() {
        return new LrnSpec(5, 1e-4, 0.75, 2);
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.LRN;
    }

    @Override
    public String settings() {
        return "size " + size;
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        SlidingWindow.requireFeatureMap(inputs.shape(), "lrn");
        return inputs.shape();
    }

    @Override
    public long otherOps(LayerInputs inputs, Shape output) {
        return Counts.multiply("core.count.otherOps", output.elements(), size + 3L);
    }
}
