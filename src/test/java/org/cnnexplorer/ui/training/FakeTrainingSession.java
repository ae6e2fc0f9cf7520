package org.cnnexplorer.ui.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingHistory;
import org.cnnexplorer.training.TrainingResult;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;
import org.cnnexplorer.training.TrainingState;

/** The session of {@link FakeTrainingBackend}: a thread that pretends to train. */
public final class FakeTrainingSession implements TrainingSession {

    private final NetworkSpec spec;
    private final TrainingSettings settings;
    private final long millisPerIteration;
    private final String failure;
    private final DatasetId dataset;
    private final List<Consumer<TrainingEvent>> listeners = new CopyOnWriteArrayList<>();
    private final TrainingHistory history = new TrainingHistory();
    private final CountDownLatch done = new CountDownLatch(1);
    private final Object pauseLock = new Object();
    private final Random random;
    private volatile TrainingState state = TrainingState.NEW;
    private volatile boolean stopRequested;
    private volatile TrainingResult result;

    FakeTrainingSession(NetworkSpec spec, TrainingSettings settings, long millisPerIteration, String failure) {
        this.spec = spec;
        this.settings = settings;
        this.millisPerIteration = millisPerIteration;
        this.failure = failure;
        this.dataset = DatasetId.parse(settings.dataset());
        this.random = new Random(settings.seed());
    }

    @Override
    public void addListener(Consumer<TrainingEvent> listener) {
        listeners.add(listener);
    }

    @Override
    public void start() {
        state = TrainingState.PREPARING;
        Thread thread = new Thread(this::run, "fake-training");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            if (failure != null) {
                state = TrainingState.FAILED;
                emit(new TrainingEvent.Failed(failure));
                return;
            }
            train();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.countDown();
        }
    }

    private void train() throws InterruptedException {
        int trainSize = settings.trainLimit() == 0 ? 60_000 : settings.trainLimit();
        int perEpoch = (trainSize + settings.batchSize() - 1) / settings.batchSize();
        int total = perEpoch * settings.epochs();
        state = TrainingState.RUNNING;
        emit(new TrainingEvent.Started(trainSize, 1000, perEpoch, settings.epochs(), 61_706, "fake"));
        long begin = System.nanoTime();
        double smoothed = 2.3;
        int iteration = 0;
        // As the real loop: a stop mid-epoch ends the run without evaluating that epoch.
        for (int epoch = 1; epoch <= settings.epochs() && !stopRequested; epoch++) {
            for (int i = 0; i < perEpoch && !stopRequested; i++) {
                waitWhilePaused();
                Thread.sleep(millisPerIteration);
                iteration++;
                double loss = FakeCurves.loss(iteration, total, random);
                smoothed = iteration == 1 ? loss : 0.95 * smoothed + 0.05 * loss;
                double elapsed = (System.nanoTime() - begin) / 1e9;
                double speed = iteration * settings.batchSize() / Math.max(elapsed, 1e-6);
                history.addLoss(new TrainingHistory.LossPoint(iteration, loss, smoothed));
                emit(new TrainingEvent.Iteration(epoch, iteration, total, loss, smoothed,
                        settings.learningRate() * settings.schedule().factor(iteration - 1, total), speed, elapsed,
                        iteration < 5 ? -1 : elapsed / iteration * (total - iteration)));
            }
            if (stopRequested) {
                break;
            }
            double train = FakeCurves.accuracy(epoch, settings.epochs(), 0.02);
            double test = FakeCurves.accuracy(epoch, settings.epochs(), 0);
            history.addEpoch(new TrainingHistory.EpochPoint(epoch, train, test));
            emit(new TrainingEvent.Epoch(epoch, train, test, smoothed));
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        result = FakeCurves.result(dataset, random, seconds, iteration * settings.batchSize() / Math.max(seconds, 1e-6));
        state = stopRequested ? TrainingState.STOPPED : TrainingState.FINISHED;
        emit(new TrainingEvent.Finished(result, stopRequested));
    }

    private void waitWhilePaused() throws InterruptedException {
        synchronized (pauseLock) {
            while (state == TrainingState.PAUSED && !stopRequested) {
                pauseLock.wait();
            }
        }
    }

    private void emit(TrainingEvent event) {
        listeners.forEach(listener -> listener.accept(event));
    }

    @Override
    public void pause() {
        synchronized (pauseLock) {
            if (state == TrainingState.RUNNING) {
                state = TrainingState.PAUSED;
                emit(new TrainingEvent.StateChanged(TrainingState.PAUSED));
            }
        }
    }

    @Override
    public void resume() {
        synchronized (pauseLock) {
            if (state == TrainingState.PAUSED) {
                state = TrainingState.RUNNING;
                emit(new TrainingEvent.StateChanged(TrainingState.RUNNING));
                pauseLock.notifyAll();
            }
        }
    }

    @Override
    public void stop() {
        synchronized (pauseLock) {
            stopRequested = true;
            if (!state.isTerminal()) {
                state = TrainingState.STOPPING;
                emit(new TrainingEvent.StateChanged(TrainingState.STOPPING));
            }
            pauseLock.notifyAll();
        }
    }

    @Override
    public TrainingState state() {
        return state;
    }

    @Override
    public TrainingHistory history() {
        return history;
    }

    @Override
    public NetworkSpec network() {
        return spec;
    }

    @Override
    public TrainingSettings settings() {
        return settings;
    }

    @Override
    public TrainingRun snapshot() {
        return new TrainingRun(spec, settings, history.losses(), history.epochs(), result, Instant.now());
    }

    @Override
    public void saveCheckpoint(Path file) throws IOException {
        Files.writeString(file, "fake checkpoint of " + spec.id() + "\n");
    }

    @Override
    public boolean await(long timeoutMillis) throws InterruptedException {
        return done.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }
}
