package org.cnnexplorer.ui.lessons;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Numbers;
import org.cnnexplorer.training.SideBySideTraining;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingHistory;
import org.cnnexplorer.training.TrainingSettings;
import org.cnnexplorer.ui.training.EventCoalescer;

/**
 * The training half of the plain-vs-residual lesson: trains the lesson's two networks side by
 * side ({@link SideBySideTraining}) on background threads, collecting each one's losses and the
 * gradient norms of its first steps for the charts; the backend is found off the FX thread and the
 * events reach it at most ten times a second. {@link #stop()} (also when the lesson closes) asks
 * both runs to end after their current step.
 */
public final class PlainResidualViewModel {

    /** The default length of a run, in steps. */
    public static final int DEFAULT_STEPS = SideBySideTraining.DEFAULT_STEPS;
    public static final int MAX_STEPS = 5000;

    private final Supplier<TrainingBackend> backends;
    private final Supplier<Path> dataDir;
    private final Executor background;
    private final ScheduledExecutorService timer;
    private final Consumer<Runnable> uiThread;
    private final IntegerProperty steps = new SimpleIntegerProperty(DEFAULT_STEPS);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final List<ObservableList<TrainingHistory.LossPoint>> losses = List.of(
            FXCollections.observableArrayList(), FXCollections.observableArrayList());
    private final List<ObservableList<TrainingEvent.GradientNorms>> norms = List.of(
            FXCollections.observableArrayList(), FXCollections.observableArrayList());
    private final int[] totals = new int[2];
    private final boolean[] ended = new boolean[2];
    private List<String> names = List.of("", "");
    private volatile SideBySideTraining runs;
    private volatile boolean stopRequested;
    private String failure;
    /** Counts the runs started, so that a late event of an earlier run is ignored. */
    private int generation;

    /**
     * @param dataDir  the data directory chosen in the Train tab (null: the standard search path)
     * @param uiThread runs a task on the FX thread ({@code Platform::runLater})
     */
    public PlainResidualViewModel(Supplier<TrainingBackend> backends, Supplier<Path> dataDir, Executor background,
                                  ScheduledExecutorService timer, Consumer<Runnable> uiThread) {
        this.backends = backends;
        this.dataDir = dataDir;
        this.background = background;
        this.timer = timer;
        this.uiThread = uiThread;
        steps.addListener((obs, old, now) -> idle());
        idle();
    }

    public IntegerProperty stepsProperty() {
        return steps;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The names of the networks of the last run (empty texts before the first). */
    public List<String> names() {
        return names;
    }

    /** The losses of network 0 (plain) or 1 (residual), step by step. */
    public ObservableList<TrainingHistory.LossPoint> losses(int network) {
        return losses.get(network);
    }

    /** The gradient norms of the first steps of network 0 (plain) or 1 (residual). */
    public ObservableList<TrainingEvent.GradientNorms> norms(int network) {
        return norms.get(network);
    }

    /** Trains both networks (plain first, then residual) for the chosen steps; ignored while running. */
    public void start(List<NetworkSpec> networks) {
        if (running.get()) {
            return;
        }
        names = networks.stream().map(NetworkSpec::name).toList();
        losses.forEach(List::clear);
        norms.forEach(List::clear);
        java.util.Arrays.fill(ended, false);
        failure = null;
        stopRequested = false;
        running.set(true);
        TrainingSettings settings = SideBySideTraining.shortRun(steps.get(), dataDir.get());
        generation++;
        List<EventCoalescer> coalescers = List.of(coalescer(0, generation), coalescer(1, generation));
        background.execute(() -> {
            try {
                runs = SideBySideTraining.start(backends.get(), networks, settings,
                        (network, event) -> coalescers.get(network).offer(event));
                if (stopRequested) {
                    runs.stop();
                }
            } catch (RuntimeException | LinkageError e) {
                uiThread.accept(() -> fail(0, String.valueOf(e.getMessage())));
            }
        });
    }

    /** Asks both runs to stop after their current step (each then ends as usual). */
    public void stop() {
        stopRequested = true;
        SideBySideTraining current = runs;
        if (current != null) {
            current.stop();
        }
    }

    private EventCoalescer coalescer(int network, int run) {
        return new EventCoalescer(timer, uiThread, batch -> {
            if (run == generation) {
                batch.forEach(e -> handle(network, e));
            }
        }, 100);
    }

    private void handle(int network, TrainingEvent event) {
        if (event instanceof TrainingEvent.Started started) {
            totals[network] = started.iterationsPerEpoch();
        } else if (event instanceof TrainingEvent.Iteration step) {
            losses.get(network).add(new TrainingHistory.LossPoint(step.iteration(), step.loss(),
                    step.smoothedLoss()));
        } else if (event instanceof TrainingEvent.GradientNorms step) {
            norms.get(network).add(step);
        } else if (event instanceof TrainingEvent.Failed failed) {
            fail(network, failed.message());
        } else if (event instanceof TrainingEvent.Finished) {
            end(network);
        }
        if (running.get() && failure == null) {
            status.set(runningText());
        }
    }

    private String runningText() {
        return Messages.text("plainres.running", losses.get(0).size(), totals[0], losses.get(1).size(), totals[1]);
    }

    /**
     * After a switch of language: the status line made again from the state it tells (a failure keeps
     * the message it came with).
     */
    public void textsChanged() {
        if (failure != null) {
            return;
        }
        if (running.get()) {
            status.set(runningText());
        } else if (ended[0] && ended[1]) {
            status.set(endText());
        } else {
            idle();
        }
    }

    private void fail(int network, String message) {
        if (failure == null) {
            failure = Messages.text("plainres.failed", names.get(network), message);
            status.set(failure);
        }
        stop();
        end(network);
    }

    private void end(int network) {
        ended[network] = true;
        if (!(ended[0] && ended[1]) && failure == null) {
            return;
        }
        running.set(false);
        if (failure == null) {
            status.set(endText());
        }
    }

    private String endText() {
        return stopRequested ? Messages.text("plainres.stopped") : Messages.text("plainres.done", lastLoss(0),
                lastLoss(1));
    }

    private String lastLoss(int network) {
        List<TrainingHistory.LossPoint> curve = losses.get(network);
        return curve.isEmpty() ? "-" : Numbers.loss(curve.get(curve.size() - 1).loss());
    }

    private void idle() {
        if (!running.get()) {
            status.set(Messages.text("plainres.idle", steps.get(), SideBySideTraining.BATCH,
                    TrainingSettings.formatRate(SideBySideTraining.LEARNING_RATE)));
        }
    }
}
