package org.cnnexplorer.core;

import org.cnnexplorer.i18n.Messages;

/**
 * Channels {@code [from, to)} of its input (ShuffleNet v2's channel split is two slices), as
 * PyTorch's {@code x[:, from:to]}. No parameters or arithmetic; a view of the input, so it stores
 * no activation of its own.
 */
public record SliceSpec(int from, int to) implements LayerSpec {

    public SliceSpec {
        if (from < 0 || to <= from) {
            throw new SpecException("core.spec.slice", from, to);
        }
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.SLICE;
    }

    @Override
    public String settings() {
        return Messages.text("core.settings.slice", from, to - 1);
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        Shape in = inputs.shape();
        if (to > in.channels()) {
            throw new ShapeException("problem.slice.past", from, to, in.channels(), inputs.describe(0));
        }
        return new Shape(to - from, in.height(), in.width(), in.flat());
    }

    @Override
    public boolean storesActivation() {
        return false;
    }
}
