package org.cnnexplorer.dl4j.layers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.dl4j.TestRuns;
import org.cnnexplorer.io.model.ModelFiles;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short real training runs on the committed fixtures: a network with a grouped convolution (MNIST)
 * and one with a depthwise-separable block (CIFAR-10) finish, every loss is finite, and the loss
 * falls.
 */
class GroupedTrainingTest {

    private static final String GROUPED = """
            {"format": 1, "id": "tiny-grouped", "input": "1x28x28", "classes": 10, "layers": [
              {"name": "stem", "type": "conv2d", "filters": 16, "kernel": 3, "stride": 2, "padding": 1},
              {"name": "relu1", "type": "relu"},
              {"name": "grouped", "type": "conv2d", "filters": 32, "kernel": 3, "stride": 2, "padding": 1,
               "groups": 4},
              {"name": "relu2", "type": "relu"},
              {"name": "pool", "type": "global-avgpool"},
              {"name": "flatten", "type": "flatten"},
              {"name": "fc", "type": "dense", "units": "classes"}]}""";

    private static final String SEPARABLE = """
            {"format": 1, "id": "tiny-separable", "input": "3x32x32", "classes": 10, "layers": [
              {"name": "stem", "type": "conv2d", "filters": 16, "kernel": 3, "stride": 2, "padding": 1,
               "bias": false},
              {"name": "bn1", "type": "batchnorm"},
              {"name": "relu1", "type": "relu6"},
              {"name": "dw", "type": "conv2d", "filters": 32, "kernel": 3, "stride": 2, "padding": "same",
               "groups": 16, "bias": false},
              {"name": "bn2", "type": "batchnorm"},
              {"name": "relu2", "type": "relu6"},
              {"name": "pw", "type": "conv2d", "filters": 32, "kernel": 1, "bias": false},
              {"name": "bn3", "type": "batchnorm"},
              {"name": "relu3", "type": "relu6"},
              {"name": "pool", "type": "global-avgpool"},
              {"name": "flatten", "type": "flatten"},
              {"name": "fc", "type": "dense", "units": "classes"}]}""";

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"grouped, mnist, 1000, 3e-3", "separable, cifar10, 300, 3e-3"})
    void aShortRunFinishesWithFiniteFallingLoss(String network, String dataset, int images, double learningRate)
            throws Exception {
        String json = network.equals("grouped") ? GROUPED : SEPARABLE;
        TrainingSettings settings = new TrainingSettings(dataset, 3, 64, Optimizer.ADAM, learningRate,
                LearningRateSchedule.CONSTANT, images, 100, 7, TestRuns.DATA);
        List<TrainingEvent.Iteration> steps = TestRuns.finishedSteps(TrainingBackend.discover().create(
                ModelFiles.parse(json, network + ".json"), settings));
        assertTrue(steps.stream().allMatch(step -> Double.isFinite(step.loss())), "a loss was not finite");
        double first = steps.get(0).loss();
        double last = steps.get(steps.size() - 1).smoothedLoss();
        assertTrue(last < first * 0.95, "loss " + first + " -> " + last + " over " + steps.size() + " steps");
    }
}
