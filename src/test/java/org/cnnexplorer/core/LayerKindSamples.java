package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.List;

/**
 * One example of every {@link LayerKind}, with settings off their defaults where the model format
 * has defaults, and a small valid network around it. The switch names every kind, so a new kind
 * does not compile until it has an example; the tests over every kind (core, io, graph, charts,
 * DL4J) take their examples from here.
 */
public final class LayerKindSamples {

    /** The input of {@link #network}: small enough for DL4J to configure in milliseconds. */
    public static final Shape INPUT = Shape.of(3, 8, 8);

    /** The name of the example in {@link #network}. */
    public static final String SAMPLE = "sample";

    private LayerKindSamples() {
    }

    public static ElementSpec of(LayerKind kind) {
        return switch (kind) {
            case INPUT -> new InputSpec(INPUT);
            case CONV2D -> new Conv2dSpec(4, Size2d.square(3), Size2d.ONE, Padding.of(1), Size2d.ONE, 1, false);
            case MAXPOOL -> PoolSpec.max(3, 2, 1, true);
            case AVGPOOL -> PoolSpec.avg(2, 2);
            case GLOBAL_AVGPOOL -> AdaptiveAvgPoolSpec.global();
            case ADAPTIVE_AVGPOOL -> new AdaptiveAvgPoolSpec(Size2d.square(2));
            case DENSE -> new DenseSpec(16, false, 0);
            case FLATTEN -> new FlattenSpec();
            case BATCHNORM -> new BatchNormSpec(1e-3);
            case LRN -> new LrnSpec(3, 2e-4, 0.5, 1);
            case DROPOUT -> new DropoutSpec(0.25);
            case RELU -> new ActivationSpec(Activation.RELU);
            case RELU6 -> new ActivationSpec(Activation.RELU6);
            case TANH -> new ActivationSpec(Activation.TANH);
            case SIGMOID -> new ActivationSpec(Activation.SIGMOID);
            case HARD_SIGMOID -> new ActivationSpec(Activation.HARD_SIGMOID);
            case SWISH -> new ActivationSpec(Activation.SWISH);
            case HARD_SWISH -> new ActivationSpec(Activation.HARD_SWISH);
            case LEAKY_RELU -> new LeakyReluSpec(0.1);
            case MISH -> new ActivationSpec(Activation.MISH);
            case SOFTMAX -> new ActivationSpec(Activation.SOFTMAX);
            case CONCAT -> new ConcatSpec();
            case ADD -> new AddSpec();
            case MULTIPLY -> new MultiplySpec();
            case CONV_TRANSPOSE2D -> new ConvTranspose2dSpec(3, Size2d.square(4), Size2d.square(2), Size2d.ONE,
                    Size2d.ZERO, Size2d.ONE, 1, false);
            case UPSAMPLE -> new UpsampleSpec(new Size2d(2, 3), null, UpsampleSpec.Mode.NEAREST, false);
            case SLICE -> new SliceSpec(1, 3);
            case CHANNEL_SHUFFLE -> new ChannelShuffleSpec(2);
            case CROP -> new CropSpec(new Size2d(5, 6));
            case INCEPTION -> new InceptionSpec(2, 2, 4, 1, 2, 2, 3, true);
            case RESIDUAL_STAGE -> new ResidualStageSpec(ResidualBlockSpec.Kind.BASIC, 2, 4, 2, true);
            case BOTTLENECK -> new ResidualBlockSpec(ResidualBlockSpec.Kind.BOTTLENECK, 2, 2, false,
                    Cardinality.STANDARD, new SqueezeExcitationSpec(0, 4, Activation.RELU, Activation.SIGMOID));
            case BASIC_BLOCK -> new ResidualBlockSpec(ResidualBlockSpec.Kind.BASIC, 4, 1, true);
            case REPEAT -> new RepeatSpec(2, List.of(NodeSpec.of("conv", new Conv2dSpec(4, Size2d.square(3),
                    Size2d.ONE, Padding.of(1), Size2d.ONE, 1, true)), NodeSpec.of("relu",
                    new ActivationSpec(Activation.RELU))), "copy", 1);
            case SEPARABLE -> new SeparableSpec(6, 5, 2, 1, true, Activation.RELU6);
            case SQUEEZE_EXCITATION -> new SqueezeExcitationSpec(3, 0, Activation.SWISH, Activation.HARD_SIGMOID);
            case INVERTED_RESIDUAL -> new InvertedResidualSpec(4, 5, 1, 0, 12, Activation.HARD_SWISH,
                    SqueezeExcitationSpec.squeezingTo(8, Activation.RELU, Activation.HARD_SIGMOID), 1e-3,
                    InvertedResidualSpec.Layout.MBCONV);
            case INVERTED_RESIDUAL_STAGE -> new InvertedResidualStageSpec(3, new InvertedResidualSpec(6, 3, 2, 4, 0,
                    Activation.SWISH, new SqueezeExcitationSpec(0, 2, Activation.SWISH, Activation.SIGMOID), 1e-3,
                    InvertedResidualSpec.Layout.MBCONV));
            case DENSE_BLOCK -> new DenseBlockSpec(2, 3, 2);
            case TRANSITION -> new TransitionSpec(2);
            case CSP_STAGE -> new CspStageSpec(6, 2, 2, 2.0, 0.5, 1.0, new ActivationSpec(Activation.MISH));
            case FCN_HEAD -> new FcnHeadSpec(5);
        };
    }

    /**
     * A valid network of {@link #INPUT} and 10 classes with the example in it, named {@link #SAMPLE}:
     * a 4-filter convolution, the example (merges read the convolution and a ReLU of it; a dense
     * layer reads it flattened), then flatten and the classifier. For {@link LayerKind#INPUT} the
     * network's own input is the example.
     */
    public static NetworkSpec network(LayerKind kind) {
        List<NodeSpec> nodes = new ArrayList<>();
        nodes.add(NodeSpec.of("stem", new Conv2dSpec(4, Size2d.square(3), Size2d.ONE, Padding.of(1), Size2d.ONE, 1,
                true)));
        if (kind.category() == LayerKind.Category.MERGE) {
            nodes.add(NodeSpec.of("side", new ActivationSpec(Activation.RELU), "stem"));
            nodes.add(NodeSpec.of(SAMPLE, of(kind), "stem", "side"));
        } else if (kind == LayerKind.FCN_HEAD) {
            fcnHeadInputs(nodes);
            nodes.add(NodeSpec.of(SAMPLE, of(kind), "c7", "p4", "p3", NetworkAnalyzer.INPUT));
        } else if (kind == LayerKind.DENSE) {
            nodes.add(NodeSpec.of("flat0", new FlattenSpec()));
            nodes.add(NodeSpec.of(SAMPLE, of(kind)));
        } else if (kind != LayerKind.INPUT) {
            nodes.add(NodeSpec.of(SAMPLE, of(kind)));
        }
        nodes.add(NodeSpec.of("flat", new FlattenSpec()));
        nodes.add(NodeSpec.of("fc", DenseSpec.classifier()));
        return new NetworkSpec("sample-" + kind.id(), "Sample " + kind.title(), "", "", INPUT, 10, nodes);
    }

    /**
     * FCN's head reads 1x1 features ({@code c7}, upsampled to 4x4), a 8x8 "pool4" ({@code p4}, cropped to
     * 4x4; upsampled to 10x10) and a 12x12 "pool3" ({@code p3}, cropped to 10x10; upsampled to 88x88, then
     * cropped to the 8x8 input).
     */
    private static void fcnHeadInputs(List<NodeSpec> nodes) {
        nodes.add(NodeSpec.of("c7", new PoolSpec(PoolSpec.Kind.MAX, Size2d.square(8), Size2d.square(8), Size2d.ZERO,
                false), "stem"));
        nodes.add(NodeSpec.of("p4", new ActivationSpec(Activation.RELU), "stem"));
        nodes.add(NodeSpec.of("p3", new Conv2dSpec(4, Size2d.square(3), Size2d.ONE, Padding.of(3), Size2d.ONE, 1,
                true), "stem"));
    }
}
