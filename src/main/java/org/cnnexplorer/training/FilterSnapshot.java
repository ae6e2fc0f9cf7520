package org.cnnexplorer.training;

import org.cnnexplorer.core.SpecException;

/**
 * The weights of a run's first convolution at the end of one epoch ({@code epoch} 0: the initial,
 * random weights before the first step), in PyTorch's layout {@code out x in/groups x kh x kw}, row
 * by row.
 */
public record FilterSnapshot(int epoch, float[] weights) {

    public FilterSnapshot {
        if (epoch < 0) {
            throw new SpecException("run.snapshot.epoch", epoch);
        }
        weights = weights.clone();
    }

    /** A copy of the weights (the record keeps its own). */
    @Override
    public float[] weights() {
        return weights.clone();
    }

    /** How many values the snapshot holds. */
    public int length() {
        return weights.length;
    }

    /** The weight of filter {@code f}, input channel {@code c}, row {@code y}, column {@code x}. */
    public float weight(FirstLayerFilters.Geometry geometry, int f, int c, int y, int x) {
        return weights[((f * geometry.channels() + c) * geometry.height() + y) * geometry.width() + x];
    }
}
