package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.dl4j.TestRuns;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.training.ImageResize;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;
import org.cnnexplorer.training.TrainingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run on resized images: the network gets the resized input, the checkpoint keeps the resize, resuming reuses it. */
class ResizedCheckpointTest {

    private static final Path SYSTEM = Path.of("/usr/share/datasets");

    @TempDir
    Path dir;

    private final TrainingBackend backend = TrainingBackend.discover();

    private static TrainingSettings settings(ImageResize resize) {
        assertTrue(Files.isDirectory(SYSTEM.resolve("fashion-mnist")),
                "Fashion-MNIST is missing: sudo apt-get install -y dataset-fashion-mnist");
        return new TrainingSettings("fashion-mnist", 1, 64, Optimizer.ADAM, 1e-3, LearningRateSchedule.CONSTANT, 128,
                64, 3, SYSTEM, resize);
    }

    private static List<TrainingEvent> runToEnd(TrainingSession session) throws InterruptedException {
        List<TrainingEvent> events = TestRuns.record(session);
        session.start();
        TestRuns.awaitEnd(session);
        return events;
    }

    @Test
    void aResizedRunIsSavedWithItsResizeAndContinuesResizedWithoutBeingToldAgain() throws Exception {
        Path file = dir.resolve("resized.cnnrun");
        TrainingSession first = backend.create(ModelCatalog.load("lenet5"), settings(ImageResize.to(32, 32)));
        List<TrainingEvent> firstEvents = runToEnd(first);
        assertEquals(TrainingState.FINISHED, first.state(), firstEvents.toString());
        assertEquals(Shape.of(1, 32, 32), first.network().input());
        first.saveCheckpoint(file);
        TrainingRun saved = RunFiles.read(file);
        assertEquals(ImageResize.to(32, 32), saved.settings().resize());
        assertEquals(Shape.of(1, 32, 32), saved.spec().input());

        TrainingSession second = backend.resume(file, settings(ImageResize.NONE));
        List<TrainingEvent> events = runToEnd(second);
        assertEquals(TrainingState.FINISHED, second.state(), events.toString());
        assertEquals(ImageResize.to(32, 32), second.settings().resize());
    }

    @Test
    void continuingAtAnotherSizeIsRefusedWithTheSizeItWasTrainedAt() throws Exception {
        Path file = dir.resolve("resized.cnnrun");
        TrainingSession first = backend.create(ModelCatalog.load("lenet5"), settings(ImageResize.to(32, 32)));
        runToEnd(first);
        first.saveCheckpoint(file);
        TrainingSession second = backend.resume(file, settings(ImageResize.to(40, 40)));
        List<TrainingEvent> events = runToEnd(second);
        assertEquals(TrainingState.FAILED, second.state());
        String message = TestRuns.only(events, TrainingEvent.Failed.class).get(0).message();
        assertTrue(message.endsWith("; it was trained on images resized to 32x32: use --resize 32x32"), message);
    }
}
