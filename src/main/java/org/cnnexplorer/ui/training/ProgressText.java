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
        return Messages.text("trainstatus.progress", i.epoch(), grouped(i.iteration()), grouped(i.totalIterations()),
                String.format(Locale.ROOT, "%.3f", i.smoothedLoss()), TrainingSettings.formatRate(i.learningRate(), 3),
                grouped(Math.round(i.imagesPerSecond())),
                Messages.text("trainstatus.eta", i.etaSeconds() < 0 ? "-" : duration(i.etaSeconds())));
    }

    static String of(TrainingEvent.Finished f) {
        return Messages.text(f.stoppedEarly() ? "trainstatus.progress.stopped" : "trainstatus.progress.finished",
                duration(f.result().seconds()), percent(f.result().testAccuracy()),
                grouped(Math.round(f.result().imagesPerSecond()))) + memory(f.result().memory());
    }

    static String of(TrainingRun run) {
        String saved = run.savedAt() == null ? "" : Messages.text("trainstatus.savedAt", SAVED.format(run.savedAt()));
        String accuracy = run.result() == null ? Messages.text("trainstatus.notFinished")
                : Messages.text("trainstatus.testAccuracy", percent(run.result().testAccuracy()))
                        + memory(run.result().memory());
        return Messages.text("trainstatus.savedRun", run.spec().name(), run.settings().dataset(), saved, accuracy);
    }

    private static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f", 100 * fraction);
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
