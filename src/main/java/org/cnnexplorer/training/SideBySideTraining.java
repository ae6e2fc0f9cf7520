package org.cnnexplorer.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.SpecException;

/**
 * Networks trained side by side, each in its own session (its own thread), with the same settings
 * and so the same images in the same order, reporting the gradient norms of their first
 * {@value #NORM_STEPS} steps: the runs of the plain-vs-residual lesson, for the GUI and the CLI.
 * Stopping stops every run; each then evaluates what it learned and ends as usual.
 */
public final class SideBySideTraining {

    /** How many first steps report their gradient norms. */
    public static final int NORM_STEPS = 5;
    /** The mini-batch of a lesson run. */
    public static final int BATCH = 32;
    /**
     * The length of a lesson run, in steps: the plain-vs-residual lesson's residual network is at a
     * loss of about 1.95 by then on MNIST while the plain stack stays at 2.30 (at 200 steps the two
     * curves had only begun to part).
     */
    public static final int DEFAULT_STEPS = 400;
    /** Adam's usual rate. */
    public static final double LEARNING_RATE = 1e-3;
    /** The test images each run is evaluated on at its end. */
    public static final int TEST_IMAGES = 500;

    private final List<TrainingSession> sessions;
    private final List<List<TrainingEvent.GradientNorms>> norms;

    private SideBySideTraining(List<TrainingSession> sessions, List<List<TrainingEvent.GradientNorms>> norms) {
        this.sessions = List.copyOf(sessions);
        this.norms = norms;
    }

    /**
     * One epoch of {@code steps} mini-batches of MNIST ({@code steps * BATCH} training images, fewer
     * when the data set has fewer), Adam at {@value #LEARNING_RATE}, from {@code dataDir} (null: the
     * standard search path).
     */
    public static TrainingSettings shortRun(int steps, Path dataDir) {
        if (steps < 1) {
            throw new SpecException("run.steps", steps);
        }
        return new TrainingSettings("mnist", 1, BATCH, Optimizer.ADAM, LEARNING_RATE, LearningRateSchedule.CONSTANT,
                Math.multiplyExact(steps, BATCH), TEST_IMAGES, 42, dataDir);
    }

    /**
     * Creates and starts one session per network; {@code listener} gets the index of the network
     * and each of its events, on that network's training thread.
     */
    public static SideBySideTraining start(TrainingBackend backend, List<NetworkSpec> networks,
                                           TrainingSettings settings, BiConsumer<Integer, TrainingEvent> listener) {
        List<TrainingSession> sessions = new ArrayList<>();
        List<List<TrainingEvent.GradientNorms>> norms = new ArrayList<>();
        for (int i = 0; i < networks.size(); i++) {
            int index = i;
            List<TrainingEvent.GradientNorms> own = new CopyOnWriteArrayList<>();
            TrainingSession session = backend.create(networks.get(i), settings);
            session.recordGradientNorms(NORM_STEPS);
            session.addListener(event -> {
                if (event instanceof TrainingEvent.GradientNorms step) {
                    own.add(step);
                }
                listener.accept(index, event);
            });
            sessions.add(session);
            norms.add(own);
        }
        sessions.forEach(TrainingSession::start);
        return new SideBySideTraining(sessions, List.copyOf(norms));
    }

    /** The sessions, in the order of the networks. */
    public List<TrainingSession> sessions() {
        return sessions;
    }

    /** The gradient norms each network reported so far, by step. */
    public List<TrainingEvent.GradientNorms> norms(int network) {
        return List.copyOf(norms.get(network));
    }

    /** Asks every run to stop after its current step. */
    public void stop() {
        sessions.forEach(TrainingSession::stop);
    }

    /** Waits for every run to end; true if all ended within the timeout. */
    public boolean await(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        for (TrainingSession session : sessions) {
            if (!session.await(Math.max(0, deadline - System.currentTimeMillis()))) {
                return false;
            }
        }
        return true;
    }
}
