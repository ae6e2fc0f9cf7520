package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.dl4j.TestRuns;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.run.RunFileFixtures;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;
import org.cnnexplorer.training.TrainingState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Continuing saved runs that are not what they should be (on Debian's Fashion-MNIST): weights that
 * cannot be read, another data set of the same shape; and the data folder a run records.
 */
class CheckpointDamageTest {

    private static final Path SYSTEM = Path.of("/usr/share/datasets");

    @TempDir
    Path dir;

    private final TrainingBackend backend = TrainingBackend.discover();
    private Path checkpoint;

    private static TrainingSettings fashion() {
        assertTrue(Files.isDirectory(SYSTEM.resolve("fashion-mnist")),
                "Fashion-MNIST is missing: sudo apt-get install -y dataset-fashion-mnist");
        return new TrainingSettings("fashion-mnist", 1, 64, Optimizer.ADAM, 1e-3, LearningRateSchedule.CONSTANT,
                128, 64, 7, SYSTEM);
    }

    @BeforeEach
    void trainAndSave() throws Exception {
        checkpoint = dir.resolve("run.cnnrun");
        TrainingSession first = backend.create(ModelCatalog.load("lenet5"), fashion());
        first.start();
        TestRuns.awaitEnd(first);
        first.saveCheckpoint(checkpoint);
    }

    private List<TrainingEvent> resume() throws Exception {
        TrainingSession session = backend.resume(checkpoint, fashion());
        List<TrainingEvent> events = TestRuns.record(session);
        session.start();
        TestRuns.awaitEnd(session);
        return events;
    }

    @Test
    void aRunRecordsTheFolderItsImagesCameFrom() throws Exception {
        assertEquals(SYSTEM.resolve("fashion-mnist").toAbsolutePath(), RunFiles.read(checkpoint).dataFolder());
    }

    @Test
    void weightsThatCannotBeReadNameTheCheckpoint() throws Exception {
        RunFileFixtures.rewriteEntry(checkpoint, RunFileFixtures.modelEntry(),
                model -> RunFileFixtures.flipped(model, model.length / 2));

        List<TrainingEvent> events = resume();

        String message = TestRuns.only(events, TrainingEvent.Failed.class).get(0).message();
        assertTrue(message.startsWith(checkpoint + ": the checkpoint's model weights cannot be read: "), message);
    }

    @Test
    void continuingOnAnotherDataSetOfTheSameShapeSaysSoAndGoesOn() throws Exception {
        RunFileFixtures.editRunJson(checkpoint, "\"dataset\" : \"fashion-mnist\"", "\"dataset\" : \"mnist\"");

        List<TrainingEvent> events = resume();

        assertEquals(List.of(new TrainingEvent.Warning("this checkpoint was trained on MNIST; continuing on "
                + "Fashion-MNIST, a different data set (same image size, other images and classes)")),
                TestRuns.only(events, TrainingEvent.Warning.class));
        assertEquals(1, TestRuns.only(events, TrainingEvent.Finished.class).size(), events.toString());
    }

    @Test
    void continuingOnTheSameDataSetSaysNothing() throws Exception {
        List<TrainingEvent> events = resume();
        assertEquals(List.of(), TestRuns.only(events, TrainingEvent.Warning.class));
        assertTrue(events.stream().anyMatch(e -> e instanceof TrainingEvent.StateChanged s
                && s.state() == TrainingState.FINISHED), events.toString());
    }
}
