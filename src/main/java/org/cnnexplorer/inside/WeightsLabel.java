package org.cnnexplorer.inside;

import java.util.List;
import java.util.Locale;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.training.TrainingHistory;
import org.cnnexplorer.training.TrainingRun;

/** The words that say which weights an inspection runs with. */
public final class WeightsLabel {

    /** The label of random initial weights. */
    public static final String UNTRAINED = "untrained: random weights";

    private WeightsLabel() {
    }

    /** {@code trained 3 epochs on MNIST, test accuracy 0.991} (the last evaluated epoch). */
    public static String of(TrainingRun run) {
        List<TrainingHistory.EpochPoint> epochs = run.epochs();
        String dataset;
        try {
            dataset = DatasetId.parse(run.settings().dataset()).displayName();
        } catch (IllegalArgumentException e) {
            dataset = run.settings().dataset();
        }
        String text = "trained " + epochs.size() + (epochs.size() == 1 ? " epoch" : " epochs") + " on " + dataset;
        if (!epochs.isEmpty()) {
            text += String.format(Locale.ROOT, ", test accuracy %.3f", epochs.get(epochs.size() - 1).testAccuracy());
        }
        return text;
    }
}
