package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.dl4j.TestRuns;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingResult;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingState;
import org.junit.jupiter.api.Test;

/** Real, short LeNet-5 runs on Fashion-MNIST and the MNIST fixture through the public training API. */
class Dl4jTrainingSessionTest {

    private final TrainingBackend backend = TrainingBackend.discover();

    @Test
    void backendIsFoundThroughTheServiceLoaderAndRunsOnOneDnn() {
        assertTrue(backend instanceof Dl4jTrainingBackend);
        assertTrue(Dl4jRuntime.get().oneDnn(), backend.description());
        assertTrue(backend.description().contains("oneDNN on"), backend.description());
    }

    @Test
    void shortRunLowersTheLossAndBeatsChanceByAWideMargin() throws Exception {
        TrainingSession session = backend.create(ModelCatalog.load("lenet5"), TestRuns.fashion(1, 3000, 1000));
        List<TrainingEvent> events = TestRuns.record(session);
        session.start();
        TestRuns.awaitEnd(session);

        assertEquals(TrainingState.FINISHED, session.state(), events.toString());
        List<TrainingEvent.Iteration> steps = TestRuns.only(events, TrainingEvent.Iteration.class);
        assertEquals(47, steps.size(), "3000 images in batches of 64");
        assertTrue(steps.get(steps.size() - 1).smoothedLoss() < steps.get(0).loss() * 0.5,
                "loss " + steps.get(0).loss() + " -> " + steps.get(steps.size() - 1).smoothedLoss());
        TrainingResult result = TestRuns.only(events, TrainingEvent.Finished.class).get(0).result();
        // Fashion-MNIST, 47 steps: 0.71 measured (chance is 0.10)
        assertTrue(result.testAccuracy() > 0.6, "test accuracy " + result.testAccuracy());
        assertEquals(1000, java.util.Arrays.stream(result.confusion()).flatMapToInt(java.util.Arrays::stream).sum());
        assertEquals(ResultBuilder.SAMPLES, result.samples().size());
        assertEquals(784, result.samples().get(0).pixels().length);
        assertEquals(1, TestRuns.only(events, TrainingEvent.Epoch.class).size());
        assertEquals(47, session.history().losses().size());
    }

    @Test
    void eventsArriveInLifecycleOrder() throws Exception {
        TrainingSession session = backend.create(ModelCatalog.load("lenet5"), TestRuns.mnist(1, 256, 128));
        List<TrainingEvent> events = TestRuns.record(session);
        session.start();
        TestRuns.awaitEnd(session);

        assertEquals(new TrainingEvent.StateChanged(TrainingState.PREPARING), events.get(0));
        assertTrue(events.get(1) instanceof TrainingEvent.Started, events.get(1).toString());
        assertEquals(new TrainingEvent.StateChanged(TrainingState.RUNNING), events.get(2));
        assertTrue(events.get(events.size() - 1) instanceof TrainingEvent.StateChanged s
                && s.state() == TrainingState.FINISHED);
        TrainingEvent.Started started = TestRuns.only(events, TrainingEvent.Started.class).get(0);
        assertEquals(256, started.trainSize());
        assertEquals(128, started.testSize());
        assertEquals(61_706, started.parameters());
        assertEquals(4, started.iterationsPerEpoch());
    }

    @Test
    void pauseHoldsTheRunAndResumeFinishesIt() throws Exception {
        TrainingSession session = backend.create(ModelCatalog.load("lenet5"), TestRuns.fashion(2, 1024, 128));
        List<TrainingEvent> events = TestRuns.record(session);
        session.addListener(event -> {
            if (event instanceof TrainingEvent.Iteration i && i.iteration() == 3) {
                session.pause();
            }
        });
        session.start();
        waitFor(() -> session.state() == TrainingState.PAUSED);
        int stepsWhenPaused = TestRuns.only(events, TrainingEvent.Iteration.class).size();
        Thread.sleep(500);
        assertEquals(stepsWhenPaused, TestRuns.only(events, TrainingEvent.Iteration.class).size(),
                "no steps while paused");
        assertEquals(3, stepsWhenPaused);
        session.resume();
        TestRuns.awaitEnd(session);
        assertEquals(TrainingState.FINISHED, session.state());
        assertEquals(32, TestRuns.only(events, TrainingEvent.Iteration.class).size());
    }

    @Test
    void stopKeepsWhatWasLearnedAndStillReportsAResult() throws Exception {
        TrainingSession session = backend.create(ModelCatalog.load("lenet5"), TestRuns.fashion(3, 6400, 500));
        List<TrainingEvent> events = TestRuns.record(session);
        session.addListener(event -> {
            if (event instanceof TrainingEvent.Iteration i && i.iteration() == 60) {
                session.stop();
            }
        });
        session.start();
        TestRuns.awaitEnd(session);

        assertEquals(TrainingState.STOPPED, session.state());
        assertEquals(60, TestRuns.only(events, TrainingEvent.Iteration.class).size());
        TrainingEvent.Finished finished = TestRuns.only(events, TrainingEvent.Finished.class).get(0);
        assertTrue(finished.stoppedEarly());
        // Fashion-MNIST, 60 steps: 0.76 measured (chance is 0.10)
        assertTrue(finished.result().testAccuracy() > 0.6, "accuracy " + finished.result().testAccuracy());
        assertTrue(session.snapshot().result() != null);
    }

    @Test
    void lossThatBecomesNanOrExplodesEndsTheRunWithAdvice() throws Exception {
        var settings = TestRuns.fashion(1, 2000, 100);
        var tooFast = new org.cnnexplorer.training.TrainingSettings(settings.dataset(), 1, 64,
                org.cnnexplorer.core.Optimizer.SGD, 1e6,
                org.cnnexplorer.core.LearningRateSchedule.CONSTANT, 2000, 100, 1, settings.dataDir());
        TrainingSession session = backend.create(ModelCatalog.load("lenet5"), tooFast);
        List<TrainingEvent> events = TestRuns.record(session);
        session.start();
        TestRuns.awaitEnd(session);

        assertEquals(TrainingState.FAILED, session.state());
        String message = TestRuns.only(events, TrainingEvent.Failed.class).get(0).message();
        assertTrue(message.matches("the loss (became NaN|became infinite|exploded|diverged).*try a lower learning rate.*"),
                message);
    }

    @Test
    void anErrorOnTheTrainingThreadEndsTheRunInsteadOfLeavingItWaiting() throws Exception {
        TrainingSession session = new Dl4jTrainingSession(ModelCatalog.load("lenet5"), TestRuns.mnist(1, 64, 64),
                new org.cnnexplorer.training.TrainingHistory(), setup -> {
                    throw new UnsatisfiedLinkError("no jnind4jcpu in java.library.path");
                });
        List<TrainingEvent> events = TestRuns.record(session);
        session.start();
        TestRuns.awaitEnd(session);

        assertEquals(TrainingState.FAILED, session.state());
        assertEquals("training failed: a part of the program could not be loaded (UnsatisfiedLinkError: no jnind4jcpu"
                + " in java.library.path); the installation is incomplete or was rebuilt while running: start it again",
                TestRuns.only(events, TrainingEvent.Failed.class).get(0).message());
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            assertFalse(System.currentTimeMillis() > deadline, "condition not reached within a minute");
            Thread.sleep(10);
        }
    }
}
