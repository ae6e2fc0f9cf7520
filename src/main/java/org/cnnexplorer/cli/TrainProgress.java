package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingSettings;

/**
 * Prints a running session's events as progress lines on stdout, at most one iteration line every
 * two seconds; the first names the network, the data set and the folder its images come from.
 * Warnings go to stderr.
 */
final class TrainProgress implements Consumer<TrainingEvent> {

    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private final PrintStream err;
    private final TrainingSettings settings;
    private final String model;
    private final Path dataFolder;
    private long lastPrinted;
    private volatile String failure;

    /** {@code dataFolder} may be null (not known beforehand). */
    TrainProgress(PrintStream out, PrintStream err, TrainingSettings settings, String model, Path dataFolder) {
        this.out = out;
        this.err = err;
        this.settings = settings;
        this.model = model;
        this.dataFolder = dataFolder;
    }

    @Override
    public void accept(TrainingEvent event) {
        if (event instanceof TrainingEvent.Started s) {
            started(s);
        } else if (event instanceof TrainingEvent.Iteration i) {
            iteration(i);
        } else if (event instanceof TrainingEvent.Epoch e) {
            out.printf("epoch %d: train accuracy %.4f, test accuracy %.4f, test loss %.4f%n", e.epoch(),
                    e.trainAccuracy(), e.testAccuracy(), e.testLoss());
        } else if (event instanceof TrainingEvent.Warning w) {
            err.println("cnnx: warning: " + w.message());
            err.flush();
        } else if (event instanceof TrainingEvent.Failed f) {
            failure = f.message();
        }
        out.flush();
    }

    private void started(TrainingEvent.Started s) {
        out.printf("training %s on %s%s: %d images (%d batches per epoch), testing on %d; %,d parameters; "
                + "%s at %s, %s; %s%n", model, settings.dataset(), dataFolder == null ? "" : " from " + dataFolder,
                s.trainSize(), s.iterationsPerEpoch(), s.testSize(), s.parameters(), settings.optimizer().id(),
                TrainingSettings.formatRate(settings.learningRate()), settings.schedule().id(), s.backend());
    }

    private void iteration(TrainingEvent.Iteration i) {
        long now = System.nanoTime();
        if (now - lastPrinted < INTERVAL_NANOS && i.iteration() != i.totalIterations()) {
            return;
        }
        lastPrinted = now;
        out.printf("epoch %d  iteration %d/%d  loss %.4f (smoothed %.4f)  lr %s  %.0f images/s  elapsed %s  left %s%n",
                i.epoch(), i.iteration(), i.totalIterations(), i.loss(), i.smoothedLoss(),
                TrainingSettings.formatRate(i.learningRate(), 3),
                i.imagesPerSecond(),
                clock(i.elapsedSeconds()), i.etaSeconds() < 0 ? "?" : clock(i.etaSeconds()));
    }

    /** The message of a {@code Failed} event, or null. */
    String failure() {
        return failure;
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
