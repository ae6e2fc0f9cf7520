package org.cnnexplorer.ui.training;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Numbers;
import org.cnnexplorer.training.MemoryUse;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSettings;

/** The one-line progress texts of the training screen. */
final class ProgressText {

    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private ProgressText() {
    }

    static String of(TrainingEvent.Iteration i) {
        return String.format(Locale.ROOT,
                "epoch %d  |  iteration %,d / %,d  |  loss %.3f  |  learning rate %s  |  %,.0f images/s  |  %s",
                i.epoch(), i.iteration(), i.totalIterations(), i.smoothedLoss(),
                TrainingSettings.formatRate(i.learningRate(), 3),
                i.imagesPerSecond(),
                i.etaSeconds() < 0 ? "ETA -" : "ETA " + duration(i.etaSeconds()));
    }

    static String of(TrainingEvent.Finished f) {
        return String.format(Locale.ROOT, "%s in %s  |  test accuracy %.1f%%  |  %,.0f images/s",
                f.stoppedEarly() ? "Stopped" : "Finished", duration(f.result().seconds()),
                100 * f.result().testAccuracy(), f.result().imagesPerSecond()) + memory(f.result().memory());
    }

    static String of(TrainingRun run) {
        String saved = run.savedAt() == null ? "" : ", saved " + SAVED.format(run.savedAt());
        String accuracy = run.result() == null ? "not finished"
                : String.format(Locale.ROOT, "test accuracy %.1f%%", 100 * run.result().testAccuracy())
                        + memory(run.result().memory());
        return "Saved run: " + run.spec().name() + " on " + run.settings().dataset() + saved + "  |  " + accuracy;
    }

    /**
     * {@code   |  memory: predicted 412.0 MiB, peak 1.21 GiB (whole process, ...)}: the core's
     * training-memory prediction next to the measured peak; empty for runs that did not record it.
     */
    static String memory(MemoryUse memory) {
        if (!memory.hasPrediction()) {
            return "";
        }
        String peak = memory.hasPeakRss() ? Numbers.bytes(memory.peakRssBytes())
                : Messages.text("train.memory.notMeasured");
        return "  |  " + Messages.text("train.memory.predictedAndPeak", Numbers.bytes(memory.predictedBytes()), peak);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
