package org.cnnexplorer.training;

import org.cnnexplorer.core.SpecException;

/**
 * Exponential moving average of the loss with bias correction (as TensorBoard smooths curves):
 * {@code avg = w * avg + (1 - w) * loss}, reported as {@code avg / (1 - w^n)} so that the first
 * points are not pulled towards zero.
 */
public final class LossSmoother {

    private final double weight;
    private double average;
    private double correction = 1;

    /** {@code weight} in [0, 1): 0 is no smoothing, 0.98 a long memory. */
    public LossSmoother(double weight) {
        if (!(weight >= 0 && weight < 1)) {
            throw new SpecException("run.smoothing", weight);
        }
        this.weight = weight;
    }

    /** Adds one raw value and returns the smoothed value. */
    public double add(double loss) {
        average = weight * average + (1 - weight) * loss;
        correction *= weight;
        return average / (1 - correction);
    }
}
