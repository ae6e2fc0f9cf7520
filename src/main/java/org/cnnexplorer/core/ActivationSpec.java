package org.cnnexplorer.core;

/** An activation function applied to every value (softmax: across each sample's features). */
public record ActivationSpec(Activation function) implements LayerSpec {

    public ActivationSpec {
        if (function == null) {
            throw new SpecException("core.spec.activation.missing");
        }
    }

    @Override
    public LayerKind layerKind() {
        return function.kind();
    }

    @Override
    public String settings() {
        return "";
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        return inputs.shape();
    }

    @Override
    public long otherOps(LayerInputs inputs, Shape output) {
        return Counts.multiply("core.count.otherOps", output.elements(), function.opsPerElement());
    }
}
