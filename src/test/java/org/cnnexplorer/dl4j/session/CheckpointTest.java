package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.dl4j.TestRuns;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a run, reopening its curves without the backend, and resuming training from it. */
class CheckpointTest {

    @TempDir
    Path dir;

    private final TrainingBackend backend = TrainingBackend.discover();

    @Test
    void savedRunReopensWithItsCurvesAndResumesWhereItStopped() throws Exception {
        Path file = dir.resolve("lenet.cnnrun");
        TrainingSession first = backend.create(ModelCatalog.load("lenet5"), TestRuns.fashion(1, 1280, 500));
        first.start();
        TestRuns.awaitEnd(first);
        first.saveCheckpoint(file);

        TrainingRun saved = RunFiles.read(file);
        assertEquals(first.history().losses(), saved.losses());
        assertEquals(first.history().epochs().size(), saved.epochs().size());
        assertEquals(first.network(), saved.spec());
        assertEquals(first.snapshot().result().testAccuracy(), saved.result().testAccuracy(), 1e-12);
        assertTrue(RunFiles.hasModel(file));

        TrainingSession second = backend.resume(file, TestRuns.fashion(1, 1280, 500));
        List<TrainingEvent> events = TestRuns.record(second);
        second.start();
        TestRuns.awaitEnd(second);

        assertEquals(TrainingState.FINISHED, second.state(), events.toString());
        List<TrainingEvent.Iteration> steps = TestRuns.only(events, TrainingEvent.Iteration.class);
        assertEquals(21, steps.get(0).iteration(), "continues after the 20 saved iterations");
        assertEquals(2, steps.get(0).epoch());
        assertEquals(40, second.history().losses().size());
        assertTrue(steps.get(0).loss() < saved.losses().get(0).loss() * 0.7,
                "resumed weights are trained: " + steps.get(0).loss());
    }

    @Test
    void runWithCosineDecayResumesWithItsOptimizerStateIntact() throws Exception {
        Path file = dir.resolve("cosine.cnnrun");
        var base = TestRuns.fashion(1, 1280, 200);
        var cosine = new org.cnnexplorer.training.TrainingSettings(base.dataset(), 1, 64, base.optimizer(), 0.003,
                org.cnnexplorer.core.LearningRateSchedule.COSINE, 1280, 200, 7, base.dataDir());
        TrainingSession first = backend.create(ModelCatalog.load("lenet5"), cosine);
        first.start();
        TestRuns.awaitEnd(first);
        first.saveCheckpoint(file);
        assertEquals(org.cnnexplorer.core.LearningRateSchedule.COSINE, RunFiles.read(file).settings().schedule());

        TrainingSession second = backend.resume(file, cosine);
        List<TrainingEvent> events = TestRuns.record(second);
        second.start();
        TestRuns.awaitEnd(second);

        assertEquals(TrainingState.FINISHED, second.state(), events.toString());
        List<TrainingEvent.Iteration> steps = TestRuns.only(events, TrainingEvent.Iteration.class);
        assertEquals(0.003, steps.get(0).learningRate(), 1e-12, "a continued run starts a new decay");
        assertEquals(0.0015, steps.get(10).learningRate(), 1e-12, "half way through its 20 steps");
        assertTrue(steps.get(19).learningRate() < 0.0001, "near zero at the end: " + steps.get(19).learningRate());
        double lastSaved = first.history().losses().get(19).loss();
        for (TrainingEvent.Iteration step : TestRuns.only(events, TrainingEvent.Iteration.class)) {
            assertTrue(step.loss() < lastSaved * 2, "iteration " + step.iteration() + ": loss " + step.loss()
                    + " after " + lastSaved + " when saved");
        }
    }

    @Test
    void checkpointWrittenDuringTrainingIsComplete() throws Exception {
        Path file = dir.resolve("during.cnnrun");
        TrainingSession session = backend.create(ModelCatalog.load("lenet5"), TestRuns.fashion(1, 3200, 200));
        session.addListener(event -> {
            if (event instanceof TrainingEvent.Iteration i && i.iteration() == 10) {
                new Thread(() -> saveQuietly(session, file)).start();
            }
        });
        session.start();
        TestRuns.awaitEnd(session);
        TrainingRun saved = RunFiles.read(file);
        assertTrue(saved.losses().size() >= 10);
        assertTrue(RunFiles.hasModel(file));
        assertFalse(Files.exists(dir.resolve("during.cnnrun.tmp")), "no temporary file left behind");
    }

    @Test
    void resumingOnADataSetOfAnotherShapeIsRefused() throws Exception {
        Path file = dir.resolve("mnist.cnnrun");
        TrainingSession first = backend.create(ModelCatalog.load("lenet5"), TestRuns.mnist(1, 128, 64));
        first.start();
        TestRuns.awaitEnd(first);
        first.saveCheckpoint(file);

        var cifar = new org.cnnexplorer.training.TrainingSettings("cifar10", 1, 64,
                org.cnnexplorer.core.Optimizer.ADAM, 1e-3,
                org.cnnexplorer.core.LearningRateSchedule.CONSTANT, 128, 64, 1, TestRuns.DATA);
        TrainingSession second = backend.resume(file, cifar);
        List<TrainingEvent> events = TestRuns.record(second);
        second.start();
        TestRuns.awaitEnd(second);
        String message = TestRuns.only(events, TrainingEvent.Failed.class).get(0).message();
        assertEquals("this checkpoint was trained on mnist (1x28x28, 10 classes) and cannot continue on CIFAR-10",
                message);
    }

    @Test
    void damagedCheckpointFailsWithTheFileNamed() throws Exception {
        Path file = dir.resolve("broken.cnnrun");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        TrainingSession session = backend.resume(file, TestRuns.mnist(1, 128, 64));
        List<TrainingEvent> events = TestRuns.record(session);
        session.start();
        TestRuns.awaitEnd(session);
        String message = TestRuns.only(events, TrainingEvent.Failed.class).get(0).message();
        assertTrue(message.startsWith(file + ": damaged or truncated run file"), message);
    }

    private static void saveQuietly(TrainingSession session, Path file) {
        try {
            session.saveCheckpoint(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
