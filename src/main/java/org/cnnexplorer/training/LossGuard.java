package org.cnnexplorer.training;

/**
 * Stops a run whose loss has diverged: a loss that is NaN or infinite, or that exceeds
 * {@link #EXPLOSION_FACTOR} times the first loss (and at least {@link #EXPLOSION_FLOOR}), the
 * usual sign of a learning rate that is too high.
 */
public final class LossGuard {

    static final double EXPLOSION_FACTOR = 20;
    static final double EXPLOSION_FLOOR = 50;

    private double first = Double.NaN;

    /** Null when the loss is fine, else a message saying what happened and what to try. */
    public String check(double loss, int epoch, int iteration, double learningRate) {
        String where = " at epoch " + epoch + ", iteration " + iteration;
        String advice = "; try a lower learning rate than " + learningRate + " (for example "
                + learningRate / 10 + ")";
        if (Double.isNaN(loss) || Double.isInfinite(loss)) {
            return "the loss became " + (Double.isNaN(loss) ? "NaN" : "infinite") + where + advice;
        }
        if (Double.isNaN(first)) {
            first = loss;
        }
        double limit = Math.max(EXPLOSION_FLOOR, EXPLOSION_FACTOR * first);
        if (loss > limit) {
            return String.format("the loss exploded to %.4g%s (it started at %.4g)%s", loss, where, first, advice);
        }
        return null;
    }
}
