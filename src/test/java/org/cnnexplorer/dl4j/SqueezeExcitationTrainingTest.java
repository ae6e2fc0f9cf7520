package org.cnnexplorer.dl4j;

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
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Padding;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.io.model.ModelSources;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingState;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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

    @Test
    void backpropagationThroughTheActivationsAndTheBroadcastMultiplyEqualsFiniteDifferences() throws Exception {
        DataType before = Nd4j.dataType();
        DataType beforeFloat = Nd4j.defaultFloatingPointType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            checkGradients();
        } finally {
            Nd4j.setDefaultDataTypes(before, beforeFloat);
        }
    }

    /** 1x1 convolutions on 2x3x3, small enough for a finite-difference check of every layer kind. */
    private static void checkGradients() {
        Conv2dSpec conv4 = new Conv2dSpec(4, Size2d.ONE, Size2d.ONE, Padding.of(0), Size2d.ONE, 1, true);
        NetworkSpec spec = new NetworkSpec("se-check", "SE check", "", "", Shape.of(2, 3, 3), 3, List.of(
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
                NodeSpec.of("fc", DenseSpec.classifier())));
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(NetworkAnalyzer.analyze(spec),
                new GraphOptions(Optimizer.SGD, 1.0, 7)));
        graph.init();
        graph = graph.convertDataType(DataType.DOUBLE);
        Nd4j.getRandom().setSeed(11);
        INDArray images = Nd4j.rand(DataType.DOUBLE, 2, 2, 3, 3).subi(0.5).muli(4);
        INDArray labels = Nd4j.zeros(DataType.DOUBLE, 2, 3);
        labels.putScalar(0, 1, 1).putScalar(1, 2, 1);
        assertTrue(GradientCheckUtil.checkGradients(new GradientCheckUtil.GraphConfig().net(graph)
                .inputs(new INDArray[] {images}).labels(new INDArray[] {labels})
                .epsilon(1e-6).maxRelError(1e-3).minAbsoluteError(1e-8)));
    }

    @Test
    void aShortRunFinishesAndItsCheckpointResumes(@TempDir Path dir) throws Exception {
        TrainingBackend backend = TrainingBackend.discover();
        TrainingSession first = backend.create(network(), TestRuns.mnist(1, 256, 64));
        List<TrainingEvent> events = TestRuns.record(first);
        first.start();
        TestRuns.awaitEnd(first);
        assertEquals(TrainingState.FINISHED, first.state(), events.toString());
        List<TrainingEvent.Iteration> steps = TestRuns.only(events, TrainingEvent.Iteration.class);
        assertEquals(4, steps.size());
        assertTrue(steps.stream().allMatch(s -> Double.isFinite(s.loss())), steps.toString());

        Path checkpoint = dir.resolve("se.cnnrun");
        first.saveCheckpoint(checkpoint);
        TrainingSession again = backend.resume(checkpoint, TestRuns.mnist(2, 256, 64));
        List<TrainingEvent> resumed = TestRuns.record(again);
        again.start();
        TestRuns.awaitEnd(again);
        assertEquals(TrainingState.FINISHED, again.state(), resumed.toString());
    }
}
