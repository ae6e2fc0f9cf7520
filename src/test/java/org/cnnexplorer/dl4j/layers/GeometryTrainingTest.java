package org.cnnexplorer.dl4j.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.AddSpec;
import org.cnnexplorer.core.ChannelShuffleSpec;
import org.cnnexplorer.core.ConcatSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.ConvTranspose2dSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.FlattenSpec;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.core.UpsampleSpec;
import org.cnnexplorer.dl4j.TestRuns;
import org.cnnexplorer.dl4j.TinyNetworks;
import org.cnnexplorer.training.TrainingBackend;
import org.junit.jupiter.api.Test;

/**
 * Transposed convolutions with output padding, dilation and groups, bilinear upsampling and nearest
 * upsampling to sizes that are no whole multiple train: DL4J's gradients through them equal finite
 * differences, and a tiny U-Net-like and a tiny FCN-like classifier (U-Net and FCN-8s themselves
 * output score maps and stay analysis only) train on the committed MNIST fixture with a falling loss.
 */
class GeometryTrainingTest {

    private static final ActivationSpec RELU = new ActivationSpec(Activation.RELU);

    private static ConvTranspose2dSpec transposed(int filters, int kernel, int stride, int padding, int outputPadding,
                                                  int dilation, int groups) {
        return new ConvTranspose2dSpec(filters, Size2d.square(kernel), Size2d.square(stride), Size2d.square(padding),
                Size2d.square(outputPadding), Size2d.square(dilation), groups, true);
    }

    private static UpsampleSpec resize(int height, int width, UpsampleSpec.Mode mode, boolean alignCorners) {
        return new UpsampleSpec(null, new Size2d(height, width), mode, alignCorners);
    }

    /** 1x28x28: two convolutions and a pool down, a grouped 3x3/2 transposed convolution with output padding up,
     * concatenated with the first feature map (U-Net's skip), a convolution, pooled to ten classes. */
    static NetworkSpec tinyUnet() {
        return TinyNetworks.mnistClassifier("tiny-unet", "Tiny U-Net-like",
                NodeSpec.of("down", Conv2dSpec.of(8, 3, 1, 1, true)), NodeSpec.of("down_relu", RELU),
                NodeSpec.of("pool", PoolSpec.max(2, 2, 0, false)),
                NodeSpec.of("bottom", Conv2dSpec.of(16, 3, 1, 1, true)), NodeSpec.of("bottom_relu", RELU),
                NodeSpec.of("up", transposed(8, 3, 2, 1, 1, 1, 2)),
                NodeSpec.of("skip", new ConcatSpec(), "down_relu", "up"),
                NodeSpec.of("fuse", Conv2dSpec.of(8, 3, 1, 1, true)), NodeSpec.of("fuse_relu", RELU));
    }

    /** 1x28x28: two stride-2 convolutions to 7x7 class scores, a dilated 3x3/2 transposed convolution back to
     * 14x14 added to the 14x14 scores (FCN's skip), bilinear upsampling to 20x20, pooled to ten classes. */
    static NetworkSpec tinyFcn() {
        return TinyNetworks.mnistClassifier("tiny-fcn", "Tiny FCN-like",
                NodeSpec.of("c1", Conv2dSpec.of(8, 3, 2, 1, true)), NodeSpec.of("c1_relu", RELU),
                NodeSpec.of("c2", Conv2dSpec.of(16, 3, 2, 1, true)), NodeSpec.of("c2_relu", RELU),
                NodeSpec.of("score7", Conv2dSpec.of(10, 1, 1, 0, true)),
                NodeSpec.of("up14", transposed(10, 3, 2, 2, 1, 2, 1)),
                NodeSpec.of("score14", Conv2dSpec.of(10, 1, 1, 0, true), "c1_relu"),
                NodeSpec.of("fuse", new AddSpec(), "up14", "score14"),
                NodeSpec.of("zoom", resize(20, 20, UpsampleSpec.Mode.BILINEAR, false)));
    }

    /** Every new setting once (and a channel shuffle) on a 2x3x3 input, small enough for finite differences. */
    @Test
    void backpropagationThroughTheGeometryKindsEqualsFiniteDifferences() {
        TinyNetworks.assertGradientsMatchFiniteDifferences("geometry-check",
                NodeSpec.of("padded", transposed(4, 3, 2, 1, 1, 1, 2)),
                NodeSpec.of("shuffle", new ChannelShuffleSpec(2)),
                NodeSpec.of("dilated", transposed(2, 2, 1, 1, 1, 2, 1)),
                NodeSpec.of("bilinear", resize(5, 4, UpsampleSpec.Mode.BILINEAR, false)),
                NodeSpec.of("aligned", resize(7, 6, UpsampleSpec.Mode.BILINEAR, true)),
                NodeSpec.of("nearest", resize(4, 5, UpsampleSpec.Mode.NEAREST, false)),
                NodeSpec.of("gap", AdaptiveAvgPoolSpec.global()), NodeSpec.of("flat", new FlattenSpec()),
                NodeSpec.of("fc", DenseSpec.classifier()));
    }

    @Test
    void aTinyUnetLikeNetworkTrainsWithAFallingLoss() throws Exception {
        trainsWithAFallingLoss(tinyUnet());
    }

    @Test
    void aTinyFcnLikeNetworkTrainsWithAFallingLoss() throws Exception {
        trainsWithAFallingLoss(tinyFcn());
    }

    /** Two epochs of 512 MNIST images (16 steps of 64): every loss finite, the last two below the first two. */
    private static void trainsWithAFallingLoss(NetworkSpec network) throws Exception {
        List<Double> losses = TestRuns.finishedLosses(TrainingBackend.discover().create(network,
                TestRuns.mnist(2, 512, 64)));
        assertEquals(16, losses.size());
        assertTrue(losses.stream().allMatch(Double::isFinite), losses.toString());
        int last = losses.size() - 1;
        assertTrue(losses.get(last) + losses.get(last - 1) < losses.get(0) + losses.get(1), losses.toString());
    }
}
