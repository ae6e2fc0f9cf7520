package org.cnnexplorer.training;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.cnnexplorer.core.NetworkSpec;

/**
 * A saved run as a checkpoint keeps it, readable without the backend: the network as trained
 * (input and classes adapted to the data set), the settings, the curves, the final evaluation
 * ({@code result} is null when the run was saved before it ended), when it was saved, and the data
 * set folder it read ({@code dataFolder}, absolute; null for runs saved before their data was
 * loaded and for runs saved by versions that did not record it).
 */
public record TrainingRun(NetworkSpec spec, TrainingSettings settings, List<TrainingHistory.LossPoint> losses,
                          List<TrainingHistory.EpochPoint> epochs, TrainingResult result, Instant savedAt,
                          Path dataFolder) {

    public TrainingRun {
        losses = List.copyOf(losses);
        epochs = List.copyOf(epochs);
    }

    /** A run whose data folder is not known. */
    public TrainingRun(NetworkSpec spec, TrainingSettings settings, List<TrainingHistory.LossPoint> losses,
                       List<TrainingHistory.EpochPoint> epochs, TrainingResult result, Instant savedAt) {
        this(spec, settings, losses, epochs, result, savedAt, null);
    }
}
