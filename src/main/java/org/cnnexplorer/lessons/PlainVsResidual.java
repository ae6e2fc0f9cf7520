package org.cnnexplorer.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.AddSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.FlattenSpec;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.i18n.Messages;

/**
 * A deep plain stack against the same stack with identity skips (He et al. 2016, "Identity
 * Mappings in Deep Residual Networks"), for MNIST ({@code 1 x 28 x 28}, 10 classes). Both are a
 * 3x3 stem convolution to {@code C} channels and a 2x2 max pool, then {@code blocks} blocks of
 * {@code sigmoid, conv 3x3, sigmoid, conv 3x3}, then global average pool and the classifier:
 * {@code 2 * blocks + 2} weight layers. The residual network adds each block's input to its output
 * ({@code x + F(x)}, nothing after the add), which costs no weights. There is no sigmoid after the
 * last block: with one, neither network's loss fell within 800 steps (PyTorch 1.13, Adam 1e-3 and
 * 3e-3: 2.30 both), while without it the residual network learns in the lesson's 200 steps (2.22
 * against the plain stack's 2.30; 2.10 against 2.30 after 300), which the overlaid curves show.
 *
 * <p>Why sigmoid and no batch norm: the derivative of the sigmoid is at most 1/4, so in the plain
 * stack the gradient reaching layer {@code l} is multiplied by such a factor for every layer above
 * it and the first layers' weight gradients are many orders of magnitude smaller (the vanishing
 * gradient). Batch norm, or ReLU with He initialisation, would hide this; the skip connections
 * carry the gradient past every block unchanged ({@code d(x + F(x))/dx = 1 + dF/dx}).
 */
public record PlainVsResidual(int blocks, int channels) implements Lesson {

    /** MNIST's images and classes. */
    public static final Shape INPUT = Shape.of(1, 28, 28);
    public static final int CLASSES = 10;

    public PlainVsResidual {
        LessonParameter.check("blocks", blocks, 1, 24);
        LessonParameter.check("channels", channels, 1, 64);
    }

    /** Nine blocks of 16 channels: 20 weight layers, the depth of He et al.'s ResNet-20. */
    public static PlainVsResidual twentyLayers() {
        return new PlainVsResidual(9, 16);
    }

    /** The weight layers (convolutions and the classifier) of either network. */
    public int weightLayers() {
        return 2 * blocks + 2;
    }

    @Override
    public String id() {
        return "plain-vs-residual";
    }

    @Override
    public String title() {
        return Messages.text("lesson.plainres.title");
    }

    @Override
    public String text() {
        return Messages.text("lesson.plainres.text", weightLayers());
    }

    @Override
    public List<LessonParameter> parameters() {
        return List.of(new LessonParameter("blocks", Messages.text("lesson.plainres.blocks"), blocks, 1, 24, 1),
                new LessonParameter("channels", Messages.text("lesson.plainres.channels"), channels, 1, 64, 4));
    }

    @Override
    public Lesson with(String parameter, int value) {
        return switch (parameter) {
            case "blocks" -> new PlainVsResidual(value, channels);
            case "channels" -> new PlainVsResidual(blocks, value);
            default -> throw Lesson.unknown(this, parameter);
        };
    }

    /** The plain stack, then the residual network. */
    @Override
    public List<NetworkSpec> networks() {
        return List.of(network(false), network(true));
    }

    private NetworkSpec network(boolean residual) {
        List<NodeSpec> nodes = new ArrayList<>();
        nodes.add(NodeSpec.of("conv1", conv()));
        nodes.add(NodeSpec.of("pool1", PoolSpec.max(2, 2, 0, false)));
        String previous = "pool1";
        for (int b = 1; b <= blocks; b++) {
            String block = "block" + b + "_";
            nodes.add(NodeSpec.of(block + "act1", sigmoid(), previous));
            nodes.add(NodeSpec.of(block + "conv1", conv()));
            nodes.add(NodeSpec.of(block + "act2", sigmoid()));
            nodes.add(NodeSpec.of(block + "conv2", conv()));
            if (residual) {
                nodes.add(NodeSpec.of(block + "add", new AddSpec(), previous, block + "conv2"));
                previous = block + "add";
            } else {
                previous = block + "conv2";
            }
        }
        nodes.add(NodeSpec.of("avgpool", AdaptiveAvgPoolSpec.global(), previous));
        nodes.add(NodeSpec.of("flatten", new FlattenSpec()));
        nodes.add(NodeSpec.of("fc", DenseSpec.classifier()));
        String id = residual ? "residual" : "plain";
        return new NetworkSpec(id + "-" + weightLayers(), Messages.text("lesson.plainres." + id, weightLayers()),
                "", "", INPUT, CLASSES, nodes, Map.of());
    }

    private Conv2dSpec conv() {
        return Conv2dSpec.of(channels, 3, 1, 1, true);
    }

    private static ActivationSpec sigmoid() {
        return new ActivationSpec(Activation.SIGMOID);
    }

    @Override
    public List<String> points(List<NetworkReport> reports) {
        NetworkReport plain = reports.get(0);
        NetworkReport residual = reports.get(1);
        long extraOps = residual.totals().otherOps() - plain.totals().otherOps();
        return List.of(
                Messages.text("lesson.plainres.point.weights", Numbers.grouped(plain.totals().params()),
                        Numbers.grouped(residual.totals().params()), blocks, Numbers.grouped(extraOps)),
                Messages.text("lesson.plainres.point.paths", weightLayers(), blocks),
                Messages.text("lesson.plainres.point.sigmoid", 2 * blocks),
                Messages.text("lesson.plainres.point.train"));
    }
}
