package org.cnnexplorer.dl4j.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.training.FirstLayerFilters;
import org.cnnexplorer.training.MemoryUse;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingHistory;
import org.cnnexplorer.training.TrainingResult;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;
import org.cnnexplorer.training.TrainingState;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;

/**
 * A DL4J training run on its own daemon thread. Setup problems, a diverged loss and running out
 * of memory end the run with a {@code Failed} event; a stop keeps the weights, evaluates them and
 * ends with {@code Finished}. Checkpoints can be written at any time, also while training.
 */
final class Dl4jTrainingSession implements TrainingSession {

    /** How the session obtains its prepared run: from scratch or from a checkpoint. */
    @FunctionalInterface
    interface Preparation {
        PreparedRun prepare(TrainingSetup setup) throws TrainingFailure;
    }

    private final SessionControl control = new SessionControl();
    private final ReentrantLock modelLock = new ReentrantLock(true);
    private final TrainingHistory history;
    private final FilterRecorder filters = new FilterRecorder(modelLock);
    private final TrainingSettings settings;
    private final Preparation preparation;
    private volatile NetworkSpec network;
    private volatile ComputationGraph graph;
    private volatile TrainingResult result;
    private volatile Path dataFolder;
    private volatile int gradientSteps;

    Dl4jTrainingSession(NetworkSpec network, TrainingSettings settings, TrainingHistory history,
                        Preparation preparation) {
        this(network, settings, history, null, preparation);
    }

    /** {@code dataFolder}: where the images come from until the data is loaded (a resumed run's), or null. */
    Dl4jTrainingSession(NetworkSpec network, TrainingSettings settings, TrainingHistory history,
                        Path dataFolder, Preparation preparation) {
        this.network = network;
        this.settings = settings;
        this.history = history;
        this.dataFolder = dataFolder;
        this.preparation = preparation;
        control.addListener(event -> {
            if (event instanceof TrainingEvent.Epoch epoch) {
                filters.record(epoch.epoch());
            }
        });
    }

    /** Continues the first-layer filter snapshots of the checkpoint this session resumes. */
    Dl4jTrainingSession continuingFilters(FirstLayerFilters saved) {
        filters.continueFrom(saved);
        return this;
    }

    @Override
    public void addListener(Consumer<TrainingEvent> listener) {
        control.addListener(listener);
    }

    @Override
    public void recordGradientNorms(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("gradient norms are recorded for 0 or more steps, got " + steps);
        }
        gradientSteps = steps;
    }

    @Override
    public synchronized void start() {
        if (control.state() != TrainingState.NEW) {
            throw new IllegalStateException("a session starts only once");
        }
        control.moveTo(TrainingState.PREPARING);
        Thread thread = new Thread(this::run, "cnnx-training");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            TrainingSetup setup = new TrainingSetup(settings,
                    warning -> control.emit(new TrainingEvent.Warning(warning)));
            PreparedRun run = preparation.prepare(setup);
            network = run.report().spec();
            dataFolder = setup.dataFolder();
            graph = run.graph();
            filters.start(run);
            train(run);
        } catch (TrainingFailure e) {
            fail(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(Messages.text("dl4j.train.interrupted"));
        } catch (OutOfMemoryError e) {
            fail(Messages.text("dl4j.train.memory", network.id(), settings.batchSize(), e.getMessage()));
        } catch (RuntimeException | Error e) {
            // Errors too (a native library that fails to link, a stack overflow): an uncaught one
            // would end this thread without an event, and the GUI and CLI would wait forever.
            e.printStackTrace();
            fail(Messages.text("dl4j.train.failed", describe(e)));
        }
    }

    private void train(PreparedRun run) throws TrainingFailure, InterruptedException {
        TrainingLoop loop = new TrainingLoop(run, settings, control, history, modelLock);
        if (gradientSteps > 0) {
            run.graph().addListeners(new GradientNormListener(run.report(), gradientSteps, run.firstIteration(),
                    control::emit));
        }
        control.emit(new TrainingEvent.Started(run.train().images().count(), run.test().images().count(),
                loop.iterationsPerEpoch(), settings.epochs(), run.report().totals().params(),
                Dl4jRuntime.get().description()));
        control.preparationDone();
        boolean stopped = loop.run();
        Evaluation test = loop.finalTestEvaluation(stopped);
        result = ResultBuilder.build(test, run.test().images(), loop.lastSmoothedLoss(), loop.trainingSeconds(),
                loop.imagesPerSecond(), settings.seed(), MemoryUse.measured(run.report().totals().trainingBytes()));
        control.emit(new TrainingEvent.Finished(result, stopped));
        control.moveTo(stopped ? TrainingState.STOPPED : TrainingState.FINISHED);
    }

    private void fail(String message) {
        control.emit(new TrainingEvent.Failed(message));
        control.moveTo(TrainingState.FAILED);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String first = message.lines().findFirst().orElse(message);
        if (root instanceof LinkageError) {
            return Messages.text("dl4j.train.linkage", root.getClass().getSimpleName(), first);
        }
        return first;
    }

    @Override
    public void pause() {
        control.pause();
    }

    @Override
    public void resume() {
        control.resume();
    }

    @Override
    public void stop() {
        control.stop();
    }

    @Override
    public TrainingState state() {
        return control.state();
    }

    @Override
    public TrainingHistory history() {
        return history;
    }

    @Override
    public NetworkSpec network() {
        return network;
    }

    @Override
    public TrainingSettings settings() {
        return settings;
    }

    @Override
    public TrainingRun snapshot() {
        return new TrainingRun(network, settings, history.losses(), history.epochs(), result, Instant.now(),
                dataFolder);
    }

    @Override
    public Optional<FirstLayerFilters> filters() {
        return filters.filters();
    }

    /**
     * Waits for the current step to end, then writes curves, first-layer filter snapshots and weights
     * (weights only once built).
     */
    @Override
    public void saveCheckpoint(Path file) throws IOException {
        modelLock.lock();
        try {
            ComputationGraph current = graph;
            RunFiles.write(file, snapshot(), filters.filters().orElse(null), current == null ? null
                    : out -> ModelSerializer.writeModel(current, out, true));
        } finally {
            modelLock.unlock();
        }
    }

    @Override
    public boolean await(long timeoutMillis) throws InterruptedException {
        return control.await(timeoutMillis);
    }
}
