package org.cnnexplorer.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingHistory.EpochPoint;
import org.cnnexplorer.training.TrainingHistory.LossPoint;
import org.cnnexplorer.training.TrainingResult;
import org.cnnexplorer.training.TrainingRun;

/**
 * What a run has shown so far, updated on the FX thread from coalesced event batches: every loss
 * point (kept), the decimated series for the charts, per-epoch accuracies, progress, speed, ETA,
 * and the final result.
 */
public final class TrainingProgress {

    /** Most points a loss series hands to the chart. */
    public static final int PLOTTED_POINTS = 600;

    private final List<LossPoint> losses = new ArrayList<>();
    private final List<EpochPoint> epochs = new ArrayList<>();
    private final ReadOnlyObjectWrapper<List<CurvePoint>> rawLoss = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<CurvePoint>> smoothedLoss = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<CurvePoint>> trainAccuracy = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<CurvePoint>> testAccuracy = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<TrainingResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper updates = new ReadOnlyIntegerWrapper();
    private int totalIterations;

    void reset() {
        losses.clear();
        epochs.clear();
        totalIterations = 0;
        result.set(null);
        progress.set(0);
        detail.set("");
        warning.set("");
        replot();
    }

    /** Applies one batch of events (on the FX thread), then re-plots once. */
    void apply(List<TrainingEvent> batch) {
        for (TrainingEvent event : batch) {
            apply(event);
        }
        replot();
        updates.set(updates.get() + 1);
    }

    private void apply(TrainingEvent event) {
        if (event instanceof TrainingEvent.Started s) {
            totalIterations = s.iterationsPerEpoch() * s.epochs();
        } else if (event instanceof TrainingEvent.Iteration i) {
            losses.add(new LossPoint(i.iteration(), i.loss(), i.smoothedLoss()));
            totalIterations = Math.max(totalIterations, i.totalIterations());
            progress.set(totalIterations == 0 ? 0 : Math.min(1, (double) i.iteration() / totalIterations));
            detail.set(ProgressText.of(i));
        } else if (event instanceof TrainingEvent.Epoch e) {
            epochs.add(new EpochPoint(e.epoch(), e.trainAccuracy(), e.testAccuracy()));
        } else if (event instanceof TrainingEvent.Finished f) {
            result.set(f.result());
            progress.set(f.stoppedEarly() ? progress.get() : 1);
            detail.set(ProgressText.of(f));
        } else if (event instanceof TrainingEvent.Warning w) {
            warning.set(w.message());
        }
    }

    /** Shows a saved run. */
    void show(TrainingRun run) {
        reset();
        losses.addAll(run.losses());
        epochs.addAll(run.epochs());
        result.set(run.result());
        progress.set(run.result() == null ? 0 : 1);
        detail.set(ProgressText.of(run));
        replot();
    }

    private void replot() {
        rawLoss.set(Decimator.decimate(losses.stream().map(p -> new CurvePoint(p.iteration(), p.loss())).toList(),
                PLOTTED_POINTS));
        smoothedLoss.set(Decimator.decimate(losses.stream()
                .map(p -> new CurvePoint(p.iteration(), p.smoothedLoss())).toList(), PLOTTED_POINTS));
        trainAccuracy.set(accuracy(true));
        testAccuracy.set(accuracy(false));
    }

    private List<CurvePoint> accuracy(boolean train) {
        return epochs.stream().map(e -> new CurvePoint(e.epoch(), train ? e.trainAccuracy() : e.testAccuracy()))
                .filter(p -> !Double.isNaN(p.y())).toList();
    }

    public List<LossPoint> losses() {
        return List.copyOf(losses);
    }

    public List<EpochPoint> epochs() {
        return List.copyOf(epochs);
    }

    public ReadOnlyObjectProperty<List<CurvePoint>> rawLossProperty() {
        return rawLoss.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<CurvePoint>> smoothedLossProperty() {
        return smoothedLoss.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<CurvePoint>> trainAccuracyProperty() {
        return trainAccuracy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<CurvePoint>> testAccuracyProperty() {
        return testAccuracy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainingResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Epoch, iteration, images per second and ETA, in one line. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** How many batches reached the UI: at most ten a second. */
    public ReadOnlyIntegerProperty updatesProperty() {
        return updates.getReadOnlyProperty();
    }
}
