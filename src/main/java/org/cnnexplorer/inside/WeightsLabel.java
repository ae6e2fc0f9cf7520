package org.cnnexplorer.inside;

import java.util.List;
import java.util.Locale;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.training.TrainingHistory;
import org.cnnexplorer.training.TrainingRun;

/** The words that say which weights an inspection runs with. */
public final class WeightsLabel {

    private WeightsLabel() {
    }

    /** The label of random initial weights: {@code untrained: random weights}. */
    public static String untrained() {
        return Messages.text("run.weights.untrained");
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
        String text = Messages.text(epochs.size() == 1 ? "run.weights.trainedOne" : "run.weights.trained",
                epochs.size(), dataset);
        if (!epochs.isEmpty()) {
            text += Messages.text("run.weights.accuracy",
                    String.format(Locale.ROOT, "%.3f", epochs.get(epochs.size() - 1).testAccuracy()));
        }
        return text;
    }
}
