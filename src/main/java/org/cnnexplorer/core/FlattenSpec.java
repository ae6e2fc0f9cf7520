package org.cnnexplorer.core;

import java.util.List;

/** Reshapes {@code C x H x W} into a vector of {@code C*H*W} values; a view, no memory of its own. */
public record FlattenSpec() implements LayerSpec {

    @Override
    public LayerKind layerKind() {
        return LayerKind.FLATTEN;
    }

    @Override
    public String settings() {
        return "";
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        long elements = inputs.shape().elements();
        if (elements > Integer.MAX_VALUE) {
            throw new ShapeException("problem.flatten.tooLarge", inputs.shape());
        }
        return Shape.vector((int) elements);
    }

    /** Every flattened value can feed every later unit: the field spans the whole map. */
    @Override
    public ReceptiveField receptiveField(List<ReceptiveField> inputs, LayerInputs shapes) {
        Shape in = shapes.shape();
        Size2d whole = new Size2d(in.height(), in.width());
        return inputs.get(0).through(whole, whole, Size2d.ONE);
    }

    @Override
    public boolean storesActivation() {
        return false;
    }
}
