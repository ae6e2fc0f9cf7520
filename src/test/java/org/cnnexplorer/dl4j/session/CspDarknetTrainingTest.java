package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.NetworkScaler;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.ScalingMultipliers;
import org.cnnexplorer.dl4j.TestRuns;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;
import org.cnnexplorer.training.TrainingState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * CSPDarknet53's CSP stages (channel slices, Darknet residual blocks, the concatenation) and its leaky
 * ReLUs train in DL4J on CIFAR-10 (the repository's 128-image fixture): one short epoch of the
 * built-in, and of the network at width 0.25 and depth 0.34 (the way YOLOv5 scales its CSP backbone),
 * end with finite losses.
 */
class CspDarknetTrainingTest {

    private static final int BATCH = 16;

    private final TrainingBackend backend = TrainingBackend.discover();

    @Test
    @Tag("slow")
    void theBuiltInTrainsOnCifar10() throws Exception {
        assertTrainsWithFiniteLoss(ModelCatalog.load("cspdarknet53"), 16);
    }

    @Test
    void theNetworkScaledInWidthAndDepthTrainsOnCifar10() throws Exception {
        NetworkSpec small = NetworkScaler.scale(ModelCatalog.load("cspdarknet53"),
                new ScalingMultipliers(0.25, 0.34, 1));
        assertTrainsWithFiniteLoss(small, 128);
    }

    private void assertTrainsWithFiniteLoss(NetworkSpec spec, int images) throws Exception {
        TrainingSettings settings = new TrainingSettings("cifar10", 1, BATCH, Optimizer.ADAM, 1e-3,
                LearningRateSchedule.CONSTANT, images, BATCH, 1, TestRuns.DATA);
        TrainingSession session = backend.create(spec, settings);
        List<TrainingEvent> events = TestRuns.record(session);
        session.start();
        assertTrue(session.await(600_000), "the run did not end within 10 minutes: " + session.state());
        assertEquals(TrainingState.FINISHED, session.state(), events.toString());
        List<TrainingEvent.Iteration> steps = TestRuns.only(events, TrainingEvent.Iteration.class);
        assertEquals(images / BATCH, steps.size());
        assertTrue(steps.stream().allMatch(step -> Double.isFinite(step.loss())), steps.toString());
    }
}
