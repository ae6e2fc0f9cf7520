package org.cnnexplorer.dl4j.session;

import java.util.concurrent.locks.Lock;
import org.cnnexplorer.training.LossGuard;
import org.cnnexplorer.training.LossSmoother;
import org.cnnexplorer.training.ProgressClock;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingHistory;
import org.cnnexplorer.training.TrainingSettings;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The epochs of a run on the training thread: one DL4J step per mini-batch, an event per step,
 * an evaluation per epoch. Checks for pause and stop between steps and holds {@code modelLock}
 * during each step so that a checkpoint never sees half-updated weights.
 */
final class TrainingLoop {

    static final double SMOOTHING = 0.95;

    private final PreparedRun run;
    private final TrainingSettings settings;
    private final SessionControl control;
    private final TrainingHistory history;
    private final Lock modelLock;
    private final LossSmoother smoother = new LossSmoother(SMOOTHING);
    private final LossGuard guard = new LossGuard();
    private final ImageSetIterator batches;
    private ProgressClock clock;
    private long trainingNanos;
    private long imagesTrained;
    private double lastSmoothedLoss = Double.NaN;
    private Evaluation lastTestEvaluation;

    TrainingLoop(PreparedRun run, TrainingSettings settings, SessionControl control, TrainingHistory history,
                 Lock modelLock) {
        this.run = run;
        this.settings = settings;
        this.control = control;
        this.history = history;
        this.modelLock = modelLock;
        this.batches = new ImageSetIterator(run.train(), settings.batchSize(), true,
                settings.seed() + run.firstEpoch());
    }

    int iterationsPerEpoch() {
        return batches.batchesPerEpoch();
    }

    /** Trains every epoch; returns true when a stop request ended the run early. */
    boolean run() throws InterruptedException, TrainingFailure {
        clock = new ProgressClock(System.nanoTime());
        int iteration = run.firstIteration();
        int lastEpoch = run.firstEpoch() + settings.epochs() - 1;
        int perEpoch = iterationsPerEpoch();
        try (BatchPrefetcher prefetcher = new BatchPrefetcher(batches)) {
            for (int epoch = run.firstEpoch(); epoch <= lastEpoch; epoch++) {
                if (epoch > run.firstEpoch()) {
                    prefetcher.nextEpoch();
                }
                for (int b = 0; b < perEpoch; b++) {
                    if (!awaitTurn()) {
                        return true;
                    }
                    step(prefetcher.next(b + 1 < perEpoch), epoch, iteration++);
                }
                evaluateEpoch(epoch);
            }
        }
        return false;
    }

    private boolean awaitTurn() throws InterruptedException {
        if (!control.isPaused()) {
            return control.awaitTurn();
        }
        long pausedAt = System.nanoTime();
        clock.pause(pausedAt);
        boolean goOn = control.awaitTurn();
        clock.resume(System.nanoTime());
        return goOn;
    }

    private void step(DataSet batch, int epoch, int iteration) throws TrainingFailure {
        long start = System.nanoTime();
        double loss;
        modelLock.lock();
        try {
            run.graph().fit(batch);
            loss = run.graph().score();
        } finally {
            modelLock.unlock();
        }
        long end = System.nanoTime();
        trainingNanos += end - start;
        imagesTrained += batch.numExamples();
        double smoothed = Double.isFinite(loss) ? smoother.add(loss) : loss;
        String divergence = guard.check(loss, smoothed, epoch, iteration, settings.learningRate());
        if (divergence != null) {
            throw new TrainingFailure(divergence);
        }
        lastSmoothedLoss = smoothed;
        clock.add(batch.numExamples(), end);
        history.addLoss(new TrainingHistory.LossPoint(iteration, loss, lastSmoothedLoss));
        int steps = settings.epochs() * iterationsPerEpoch();
        int total = run.firstIteration() - 1 + steps;
        double rate = settings.learningRate() * settings.schedule().factor(iteration - run.firstIteration(), steps);
        long imagesLeft = (long) (total - iteration) * settings.batchSize();
        control.emit(new TrainingEvent.Iteration(epoch, iteration, total, loss, lastSmoothedLoss, rate,
                clock.imagesPerSecond(), clock.elapsedSeconds(end), clock.etaSeconds(imagesLeft)));
    }

    private void evaluateEpoch(int epoch) {
        long start = System.nanoTime();
        Evaluation train = evaluate(run.trainSample());
        lastTestEvaluation = evaluate(run.test());
        clock.skip(start, System.nanoTime());
        history.addEpoch(new TrainingHistory.EpochPoint(epoch, train.accuracy(), lastTestEvaluation.accuracy()));
        control.emit(new TrainingEvent.Epoch(epoch, train.accuracy(), lastTestEvaluation.accuracy(),
                lastTestEvaluation.loss()));
    }

    /** The test evaluation of the last completed epoch, or a fresh one after a stop mid-epoch. */
    Evaluation finalTestEvaluation(boolean stoppedEarly) {
        return stoppedEarly || lastTestEvaluation == null ? evaluate(run.test()) : lastTestEvaluation;
    }

    Evaluation evaluate(ImageBatches images) {
        modelLock.lock();
        try {
            return Evaluator.evaluate(run.graph(), images, evaluationBatch());
        } finally {
            modelLock.unlock();
        }
    }

    private int evaluationBatch() {
        return Math.max(64, Math.min(256, settings.batchSize() * 2));
    }

    double lastSmoothedLoss() {
        return lastSmoothedLoss;
    }

    double trainingSeconds() {
        return trainingNanos / 1e9;
    }

    double imagesPerSecond() {
        return trainingNanos == 0 ? 0 : imagesTrained / (trainingNanos / 1e9);
    }
}
