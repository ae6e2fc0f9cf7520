package org.cnnexplorer.core;

/** Element-wise sum of tensors of identical shape (ResNet's skip connections). */
public record AddSpec() implements LayerSpec {

    @Override
    public LayerKind layerKind() {
        return LayerKind.ADD;
    }

    @Override
    public String settings() {
        return "";
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        Shape first = inputs.shape();
        for (int i = 1; i < inputs.count(); i++) {
            if (!inputs.shapes().get(i).equals(first)) {
                String key = inputs.shapes().get(i).channels() != first.channels() ? "problem.add.channels"
                        : "problem.add.size";
                throw new ShapeException(key, inputs.describe(0), inputs.describe(i));
            }
        }
        return first;
    }

    @Override
    public long otherOps(LayerInputs inputs, Shape output) {
        return Counts.multiply("core.count.otherOps", output.elements(), inputs.count() - 1);
    }

    @Override
    public int arity() {
        return MANY;
    }
}
