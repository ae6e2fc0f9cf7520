package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.DenseBlockSpec;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.InvertedResidualSpec;
import org.cnnexplorer.core.InvertedResidualStageSpec;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.SeparableSpec;
import org.cnnexplorer.core.SqueezeExcitationSpec;
import org.cnnexplorer.core.TransitionSpec;
import org.cnnexplorer.dl4j.TestRuns;
import org.cnnexplorer.dl4j.TinyNetworks;
import org.cnnexplorer.training.TrainingBackend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One short real training run per block kind of MobileNet, EfficientNet and DenseNet: a tiny
 * network (a strided 3x3 stem, the block, global pool, classifier) trains 5 epochs of 256 images
 * of the committed MNIST fixture; every loss is finite and the mean of the last four steps' losses
 * is below that of the first four.
 */
class BlockKindsTrainingTest {

    private static final int EPOCHS = 5;
    /** 256 images in batches of 64. */
    private static final int STEPS = EPOCHS * 4;
    /** The first and last steps compared, averaged against the noise of single batches. */
    private static final int WINDOW = 4;

    static Stream<Arguments> blocks() {
        return Stream.of(
                Arguments.of("separable", new SeparableSpec(16, 3, 2, 1, true, Activation.RELU6)),
                Arguments.of("squeeze-excitation", new SqueezeExcitationSpec(0, 4, Activation.RELU,
                        Activation.HARD_SIGMOID)),
                Arguments.of("inverted-residual", new InvertedResidualSpec(8, 5, 1, 4, 0, Activation.HARD_SWISH,
                        SqueezeExcitationSpec.squeezingTo(4, Activation.SWISH, Activation.SIGMOID),
                        BatchNormSpec.DEFAULT_EPSILON, InvertedResidualSpec.Layout.MBCONV)),
                Arguments.of("inverted-residual v2", new InvertedResidualSpec(8, 3, 1, 6, 0, Activation.RELU6, null,
                        BatchNormSpec.DEFAULT_EPSILON, InvertedResidualSpec.Layout.MOBILENET_V2)),
                Arguments.of("inverted-residual-stage", new InvertedResidualStageSpec(2, new InvertedResidualSpec(8, 3,
                        2, 4, 0, Activation.SWISH, new SqueezeExcitationSpec(0, 4, Activation.SWISH,
                        Activation.SIGMOID), BatchNormSpec.DEFAULT_EPSILON, InvertedResidualSpec.Layout.MBCONV))),
                Arguments.of("dense-block", new DenseBlockSpec(2, 4, 2)),
                Arguments.of("transition", new TransitionSpec(32)));
    }

    private static NetworkSpec network(String id, ElementSpec block) {
        return TinyNetworks.mnistClassifier("tiny-" + id.replace(' ', '-'), "Tiny " + id,
                NodeSpec.of("stem", Conv2dSpec.of(8, 3, 2, 1, true)), NodeSpec.of("block", block));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void aShortRunOfTheBlockLowersAFiniteLoss(String id, ElementSpec block) throws Exception {
        List<Double> losses = TestRuns.finishedLosses(TrainingBackend.discover().create(network(id, block),
                TestRuns.mnist(EPOCHS, 256, 64)));
        assertEquals(STEPS, losses.size());
        assertTrue(losses.stream().allMatch(Double::isFinite), losses.toString());
        double first = losses.subList(0, WINDOW).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double last = losses.subList(STEPS - WINDOW, STEPS).stream().mapToDouble(Double::doubleValue).average()
                .orElseThrow();
        assertTrue(last < first, "loss did not decrease: " + losses);
    }
}
