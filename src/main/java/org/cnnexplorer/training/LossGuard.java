package org.cnnexplorer.training;

import java.util.Locale;
import org.cnnexplorer.core.Message;
import org.cnnexplorer.i18n.Messages;

/**
 * Stops a run whose loss has diverged, the usual sign of a learning rate that is too high: a
 * loss that is NaN or infinite; one step's loss above {@link #EXPLOSION_FACTOR} times the first
 * loss (and above {@link #EXPLOSION_FLOOR}); or, after {@link #PATIENCE} steps, a smoothed loss
 * still above {@link #DIVERGENCE_FACTOR} times the first and above {@link #DIVERGENCE_FLOOR}
 * (saturating networks such as LeNet-5's tanh layers keep the loss finite but large when the
 * weights blow up).
 */
public final class LossGuard {

    static final double EXPLOSION_FACTOR = 20;
    static final double EXPLOSION_FLOOR = 50;
    static final double DIVERGENCE_FACTOR = 4;
    /** Above chance level for ten classes (ln 10 = 2.3), so a resumed, well-trained run is not flagged. */
    static final double DIVERGENCE_FLOOR = 3;
    static final int PATIENCE = 10;

    private double first = Double.NaN;
    private int steps;

    /** Null when the loss is fine, else a message saying what happened and what to try. */
    public String check(double loss, double smoothedLoss, int epoch, int iteration, double learningRate) {
        Message where = Message.of("run.loss.where", epoch, iteration);
        Message advice = Message.of("run.loss.advice", TrainingSettings.formatRate(learningRate),
                TrainingSettings.formatRate(learningRate / 10));
        if (Double.isNaN(loss) || Double.isInfinite(loss)) {
            return Messages.text(Double.isNaN(loss) ? "run.loss.nan" : "run.loss.infinite", where, advice);
        }
        steps++;
        if (Double.isNaN(first)) {
            first = loss;
        }
        if (loss > Math.max(EXPLOSION_FLOOR, EXPLOSION_FACTOR * first)) {
            return Messages.text("run.loss.exploded", fourDigits(loss), where, fourDigits(first), advice);
        }
        if (steps > PATIENCE && smoothedLoss > Math.max(DIVERGENCE_FLOOR, DIVERGENCE_FACTOR * first)) {
            return Messages.text("run.loss.diverged", fourDigits(smoothedLoss), where, fourDigits(first), advice);
        }
        return null;
    }

    /** Four significant digits, as {@code %.4g}: {@code 2.303}, {@code 1.234e+05}. */
    private static String fourDigits(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
