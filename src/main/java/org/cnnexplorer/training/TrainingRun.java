package org.cnnexplorer.training;

import java.time.Instant;
import java.util.List;
import org.cnnexplorer.core.NetworkSpec;

/**
 * A saved run as a checkpoint keeps it, readable without the backend: the network as trained
 * (input and classes adapted to the data set), the settings, the curves, the final evaluation
 * ({@code result} is null when the run was saved before it ended) and when it was saved.
 */
public record TrainingRun(NetworkSpec spec, TrainingSettings settings, List<TrainingHistory.LossPoint> losses,
                          List<TrainingHistory.EpochPoint> epochs, TrainingResult result, Instant savedAt) {

    public TrainingRun {
        losses = List.copyOf(losses);
        epochs = List.copyOf(epochs);
    }
}
