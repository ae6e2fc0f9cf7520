package org.cnnexplorer.dl4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;

/** Small real training runs on the offline MNIST copy in ../shared/datasets. */
final class TestRuns {

    static final Path SHARED = Path.of("..", "shared", "datasets");

    private TestRuns() {
    }

    static TrainingSettings mnist(int epochs, int trainImages, int testImages) {
        assertTrue(Files.isDirectory(SHARED.resolve("mnist")), SHARED.toAbsolutePath() + " is missing MNIST");
        return new TrainingSettings("mnist", epochs, 64, Optimizer.ADAM, 1e-3, LearningRateSchedule.CONSTANT,
                trainImages, testImages, 7, SHARED);
    }

    /** Collects every event of a session. */
    static List<TrainingEvent> record(TrainingSession session) {
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        session.addListener(events::add);
        return events;
    }

    static <T extends TrainingEvent> List<T> only(List<TrainingEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static void awaitEnd(TrainingSession session) throws InterruptedException {
        assertTrue(session.await(180_000), "the run did not end within 3 minutes: " + session.state());
    }
}
