package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.cnnexplorer.i18n.Messages;
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
            out.println(Messages.text("cli.train.epoch", e.epoch(), fixed(e.trainAccuracy(), 4),
                    fixed(e.testAccuracy(), 4), fixed(e.testLoss(), 4)));
        } else if (event instanceof TrainingEvent.Warning w) {
            err.println("cnnx: " + Messages.text("cli.warning", w.message()));
            err.flush();
        } else if (event instanceof TrainingEvent.Failed f) {
            failure = f.message();
        }
        out.flush();
    }

    private void started(TrainingEvent.Started s) {
        String what = dataFolder == null ? Messages.text("cli.train.on", model, settings.dataset())
                : Messages.text("cli.train.onFrom", model, settings.dataset(), dataFolder);
        out.println(Messages.text("cli.train.started", what, s.trainSize(), s.iterationsPerEpoch(), s.testSize(),
                String.format(Locale.ROOT, "%,d", s.parameters()), settings.optimizer().id(),
                TrainingSettings.formatRate(settings.learningRate()), settings.schedule().id(), s.backend()));
    }

    private void iteration(TrainingEvent.Iteration i) {
        long now = System.nanoTime();
        if (now - lastPrinted < INTERVAL_NANOS && i.iteration() != i.totalIterations()) {
            return;
        }
        lastPrinted = now;
        out.println(Messages.text("cli.train.iteration", i.epoch(), i.iteration(), i.totalIterations(),
                fixed(i.loss(), 4), fixed(i.smoothedLoss(), 4), TrainingSettings.formatRate(i.learningRate(), 3),
                fixed(i.imagesPerSecond(), 0), clock(i.elapsedSeconds()),
                i.etaSeconds() < 0 ? "?" : clock(i.etaSeconds())));
    }

    /** The message of a {@code Failed} event, or null. */
    String failure() {
        return failure;
    }

    /** {@code value} with {@code decimals} decimals and a point, whatever the locale. */
    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
