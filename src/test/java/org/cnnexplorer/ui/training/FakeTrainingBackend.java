package org.cnnexplorer.ui.training;

import java.nio.file.Path;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;

/**
 * A training backend for tests and screenshots: no DL4J, no data files. Sessions emit the events a
 * real run would (started, iterations with a decaying noisy loss, epochs with rising accuracy,
 * a final result with a confusion matrix and drawn digits) on a background thread, at
 * {@code millisPerIteration}. {@code failure}, when set, makes every run fail with that message.
 */
public final class FakeTrainingBackend implements TrainingBackend {

    private final long millisPerIteration;
    private final String failure;
    private volatile FakeTrainingSession last;

    public FakeTrainingBackend(long millisPerIteration, String failure) {
        this.millisPerIteration = millisPerIteration;
        this.failure = failure;
    }

    public FakeTrainingBackend() {
        this(2, null);
    }

    @Override
    public String description() {
        return "fake backend (tests)";
    }

    @Override
    public TrainingSession create(NetworkSpec spec, TrainingSettings settings) {
        last = new FakeTrainingSession(spec, settings, millisPerIteration, failure);
        return last;
    }

    @Override
    public TrainingSession resume(Path checkpoint, TrainingSettings settings) {
        throw new UnsupportedOperationException("the fake backend cannot resume checkpoints");
    }

    /** The session created last, for tests to inspect. */
    public FakeTrainingSession lastSession() {
        return last;
    }
}
