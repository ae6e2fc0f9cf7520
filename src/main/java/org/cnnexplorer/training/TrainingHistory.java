package org.cnnexplorer.training;

import java.util.ArrayList;
import java.util.List;

/**
 * The curves of a run, as kept in a checkpoint so a saved run can be reopened and shown without
 * retraining: loss per iteration (raw and smoothed) and accuracy per epoch. Thread-safe appends.
 */
public final class TrainingHistory {

    /** One loss point. */
    public record LossPoint(int iteration, double loss, double smoothedLoss) {
    }

    /** One epoch's accuracies (NaN when not measured). */
    public record EpochPoint(int epoch, double trainAccuracy, double testAccuracy) {
    }

    private final List<LossPoint> losses = new ArrayList<>();
    private final List<EpochPoint> epochs = new ArrayList<>();

    public synchronized void addLoss(LossPoint point) {
        losses.add(point);
    }

    public synchronized void addEpoch(EpochPoint point) {
        epochs.add(point);
    }

    public synchronized List<LossPoint> losses() {
        return List.copyOf(losses);
    }

    public synchronized List<EpochPoint> epochs() {
        return List.copyOf(epochs);
    }
}
