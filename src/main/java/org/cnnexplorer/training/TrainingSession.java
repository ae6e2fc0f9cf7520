package org.cnnexplorer.training;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A training run on a background thread. Listeners get {@link TrainingEvent}s on that thread
 * (the GUI hops to the FX thread itself). Pause, resume and stop take effect between
 * iterations; a stopped run keeps what it learned and still reports a {@code Finished} event.
 */
public interface TrainingSession {

    void addListener(Consumer<TrainingEvent> listener);

    /**
     * Asks for a {@link TrainingEvent.GradientNorms} event after each of the first {@code steps}
     * steps (0, the default, for none). Call before {@link #start()}.
     *
     * @throws UnsupportedOperationException when the backend cannot measure gradients
     */
    default void recordGradientNorms(int steps) {
        throw new UnsupportedOperationException("this training backend does not report gradient norms");
    }

    /** Starts the background thread; returns at once. */
    void start();

    void pause();

    void resume();

    /** Asks the run to stop after the current iteration. */
    void stop();

    TrainingState state();

    TrainingHistory history();

    /** The network as it is trained (input and classes adapted to the data set). */
    org.cnnexplorer.core.NetworkSpec network();

    TrainingSettings settings();

    /** The curves and, once the run has ended, the result, as a checkpoint would keep them. */
    TrainingRun snapshot();

    /**
     * The first convolution's weights as they were when training started and after each epoch; empty
     * before the network is built, for a network without a convolution, and for backends that do not
     * record them.
     */
    default java.util.Optional<FirstLayerFilters> filters() {
        return java.util.Optional.empty();
    }

    /** Writes network, settings and curves to {@code file} atomically (temp file, then rename). */
    void saveCheckpoint(Path file) throws java.io.IOException;

    /** Waits for the run to end; true if it ended within the timeout. */
    boolean await(long timeoutMillis) throws InterruptedException;
}
