package org.cnnexplorer.core;

/** The network's input: one sample of the configured shape. */
public record InputSpec(Shape shape) implements LayerSpec {

    @Override
    public LayerKind layerKind() {
        return LayerKind.INPUT;
    }

    @Override
    public String settings() {
        return "";
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        return shape;
    }

    @Override
    public int arity() {
        return 0;
    }
}
