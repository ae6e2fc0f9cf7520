package org.cnnexplorer.ui.export;

import java.util.List;
import java.util.Locale;
import org.cnnexplorer.training.TrainingHistory;

/** Training curves as CSV: one section for loss per iteration, one for accuracy per epoch. */
public final class CurvesCsv {

    private CurvesCsv() {
    }

    public static String render(List<TrainingHistory.LossPoint> losses, List<TrainingHistory.EpochPoint> epochs) {
        StringBuilder out = new StringBuilder("iteration,loss,smoothed_loss\n");
        for (TrainingHistory.LossPoint p : losses) {
            out.append(p.iteration()).append(',').append(number(p.loss())).append(',')
                    .append(number(p.smoothedLoss())).append('\n');
        }
        out.append("\nepoch,train_accuracy,test_accuracy\n");
        for (TrainingHistory.EpochPoint p : epochs) {
            out.append(p.epoch()).append(',').append(number(p.trainAccuracy())).append(',')
                    .append(number(p.testAccuracy())).append('\n');
        }
        return out.toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
    }
}
