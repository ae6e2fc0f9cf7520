package org.cnnexplorer.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.data.TestData;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;
import org.cnnexplorer.training.TrainingState;

/**
 * Small real training runs: on the committed MNIST fixture (1,000 train and 200 test images) or, for
 * runs that need more images, on Debian's full Fashion-MNIST (the README's set-up installs it).
 */
public final class TestRuns {

    /** The data directory of the committed fixtures: MNIST and CIFAR-10 (300 train and 100 test records). */
    public static final Path DATA = TestData.fixturesDir();

    private TestRuns() {
    }

    /** A run on the MNIST fixture: at most 1,000 train and 200 test images. */
    public static TrainingSettings mnist(int epochs, int trainImages, int testImages) {
        assertTrue(trainImages <= 1000 && testImages <= 200, "the MNIST fixture holds 1,000 train and 200 test"
                + " images; use fashion(...) for more");
        return settings("mnist", epochs, trainImages, testImages, DATA);
    }

    /** A run on the full Fashion-MNIST from /usr/share/datasets (60,000 train and 10,000 test images). */
    public static TrainingSettings fashion(int epochs, int trainImages, int testImages) {
        return settings("fashion-mnist", epochs, trainImages, testImages, TestData.system().searchPath().get(0));
    }

    private static TrainingSettings settings(String dataset, int epochs, int trainImages, int testImages, Path dir) {
        return new TrainingSettings(dataset, epochs, 64, Optimizer.ADAM, 1e-3, LearningRateSchedule.CONSTANT,
                trainImages, testImages, 7, dir);
    }

    /** Collects every event of a session. */
    public static List<TrainingEvent> record(TrainingSession session) {
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        session.addListener(events::add);
        return events;
    }

    public static <T extends TrainingEvent> List<T> only(List<TrainingEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Starts a session, waits for its end, asserts that it finished and returns its steps. */
    public static List<TrainingEvent.Iteration> finishedSteps(TrainingSession session) throws InterruptedException {
        List<TrainingEvent> events = record(session);
        session.start();
        awaitEnd(session);
        assertEquals(TrainingState.FINISHED, session.state(), events.toString());
        return only(events, TrainingEvent.Iteration.class);
    }

    /** The loss of every step of a finished session ({@link #finishedSteps}). */
    public static List<Double> finishedLosses(TrainingSession session) throws InterruptedException {
        return finishedSteps(session).stream().map(TrainingEvent.Iteration::loss).toList();
    }

    public static void awaitEnd(TrainingSession session) throws InterruptedException {
        assertTrue(session.await(180_000), "the run did not end within 3 minutes: " + session.state());
    }
}
