package org.cnnexplorer.inside;

/**
 * Summary of one activation tensor: smallest and largest value, the mean, and the fraction of values
 * that are exactly zero (after a ReLU, the share of units that are off).
 */
public record TensorStats(float min, float max, double mean, double zeroFraction) {

    /** The statistics of {@code values}; an empty tensor has all four zero. */
    public static TensorStats of(float[] values) {
        if (values.length == 0) {
            return new TensorStats(0, 0, 0, 0);
        }
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        double sum = 0;
        long zeros = 0;
        for (float value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
            sum += value;
            if (value == 0) {
                zeros++;
            }
        }
        return new TensorStats(min, max, sum / values.length, (double) zeros / values.length);
    }
}
