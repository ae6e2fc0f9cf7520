package org.cnnexplorer.dl4j.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.FlattenSpec;
import org.cnnexplorer.core.LeakyReluSpec;
import org.cnnexplorer.core.MultiplySpec;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Padding;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.dl4j.TestRuns;
import org.cnnexplorer.dl4j.TinyNetworks;
import org.cnnexplorer.io.model.ModelSources;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tiny networks with every later activation and a squeeze-and-excitation block (global pool,
 * 1x1 conv, leaky ReLU, 1x1 conv, hard sigmoid, a multiply broadcasting the gate over the feature
 * map): DL4J's gradients equal finite differences, and a real training run finishes, saves and
 * resumes.
 */
class SqueezeExcitationTrainingTest {

    private static NetworkSpec network() throws Exception {
        return ModelSources.read(Path.of("src/test/resources/models/later-activations.json"));
    }

    /** 1x1 convolutions on 2x3x3, small enough for a finite-difference check of every layer kind. */
    @Test
    void backpropagationThroughTheActivationsAndTheBroadcastMultiplyEqualsFiniteDifferences() {
        Conv2dSpec conv4 = new Conv2dSpec(4, Size2d.ONE, Size2d.ONE, Padding.of(0), Size2d.ONE, 1, true);
        TinyNetworks.assertGradientsMatchFiniteDifferences("se-check",
                NodeSpec.of("conv", conv4),
                NodeSpec.of("swish", new ActivationSpec(Activation.SWISH)),
                NodeSpec.of("mish", new ActivationSpec(Activation.MISH)),
                NodeSpec.of("hswish", new ActivationSpec(Activation.HARD_SWISH)),
                NodeSpec.of("squeeze", AdaptiveAvgPoolSpec.global()),
                NodeSpec.of("fc1", new Conv2dSpec(2, Size2d.ONE, Size2d.ONE, Padding.of(0), Size2d.ONE, 1, true)),
                NodeSpec.of("leaky", new LeakyReluSpec(0.1)),
                NodeSpec.of("fc2", conv4),
                NodeSpec.of("gate", new ActivationSpec(Activation.HARD_SIGMOID)),
                NodeSpec.of("scale", new MultiplySpec(), "hswish", "gate", "swish"),
                NodeSpec.of("flat", new FlattenSpec()),
                NodeSpec.of("fc", DenseSpec.classifier()));
    }

    @Test
    void aShortRunFinishesAndItsCheckpointResumes(@TempDir Path dir) throws Exception {
        TrainingBackend backend = TrainingBackend.discover();
        TrainingSession first = backend.create(network(), TestRuns.mnist(1, 256, 64));
        List<TrainingEvent.Iteration> steps = TestRuns.finishedSteps(first);
        assertEquals(4, steps.size());
        assertTrue(steps.stream().allMatch(s -> Double.isFinite(s.loss())), steps.toString());

        Path checkpoint = dir.resolve("se.cnnrun");
        first.saveCheckpoint(checkpoint);
        TestRuns.finishedSteps(backend.resume(checkpoint, TestRuns.mnist(2, 256, 64)));
    }
}
