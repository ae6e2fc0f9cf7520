package org.cnnexplorer.core;

/** Dropout (Srivastava et al. 2014): zeroes values with probability {@code rate} while training. */
public record DropoutSpec(double rate) implements LayerSpec {

    public DropoutSpec {
        if (!(rate >= 0 && rate < 1)) {
            throw new SpecException("core.spec.dropout", rate);
        }
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.DROPOUT;
    }

    @Override
    public String settings() {
        return "p " + rate;
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        return inputs.shape();
    }

    @Override
    public long otherOps(LayerInputs inputs, Shape output) {
        return output.elements();
    }
}
