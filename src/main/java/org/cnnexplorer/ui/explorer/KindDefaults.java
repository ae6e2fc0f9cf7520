package org.cnnexplorer.ui.explorer;

import java.util.Arrays;
import java.util.List;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.AddSpec;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.ChannelShuffleSpec;
import org.cnnexplorer.core.ConcatSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.CspStageSpec;
import org.cnnexplorer.core.ConvTranspose2dSpec;
import org.cnnexplorer.core.CropSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.DropoutSpec;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.FcnHeadSpec;
import org.cnnexplorer.core.FlattenSpec;
import org.cnnexplorer.core.InceptionSpec;
import org.cnnexplorer.core.InputSpec;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerSpec;
import org.cnnexplorer.core.LeakyReluSpec;
import org.cnnexplorer.core.LrnSpec;
import org.cnnexplorer.core.MultiplySpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Padding;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.RepeatSpec;
import org.cnnexplorer.core.ResidualBlockSpec;
import org.cnnexplorer.core.ResidualStageSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.core.SliceSpec;
import org.cnnexplorer.core.UpsampleSpec;

/**
 * What a layer or block of each kind starts as when the palette inserts it, or changes a layer
 * into it. This is the one place a new {@link LayerKind} must decide its defaults (the compiler
 * asks: the switch has no {@code default}); {@link LayerEdits} decides which of its settings the
 * editor offers. Defaults fit the tensor {@code in} that reaches the new node, so that inserting
 * keeps the network valid where the kind allows: a 3x3 convolution with padding 1 and as many
 * filters as {@code in} has channels keeps the shape; pooling halves it, as people expect.
 */
final class KindDefaults {

    /** The tensor assumed when the one reaching the node is unknown (it cannot run yet). */
    static final Shape UNKNOWN = Shape.of(64, 8, 8);

    private static final int DENSE_UNITS = 256;

    private KindDefaults() {
    }

    /** A new element of {@code kind} for input {@code in}. Merges and the input come out, for the caller to refuse. */
    static ElementSpec of(LayerKind kind, Shape in) {
        int channels = in.channels();
        return switch (kind) {
            case INPUT -> new InputSpec(in);
            case CONV2D -> Conv2dSpec.of(channels, 3, 1, 1, true);
            case MAXPOOL -> PoolSpec.max(2, 2, 0, false);
            case AVGPOOL -> PoolSpec.avg(2, 2);
            case GLOBAL_AVGPOOL -> AdaptiveAvgPoolSpec.global();
            case ADAPTIVE_AVGPOOL -> new AdaptiveAvgPoolSpec(Size2d.square(7));
            case DENSE -> DenseSpec.of(in.height() == 1 && in.width() == 1 ? channels : DENSE_UNITS);
            case FLATTEN -> new FlattenSpec();
            case BATCHNORM -> BatchNormSpec.standard();
            case LRN -> LrnSpec.alexNet();
            case DROPOUT -> new DropoutSpec(0.5);
            case RELU, RELU6, TANH, SIGMOID, HARD_SIGMOID, SWISH, HARD_SWISH, MISH, SOFTMAX ->
                    new ActivationSpec(Activation.fromId(kind.id()));
            case LEAKY_RELU -> new LeakyReluSpec(LeakyReluSpec.DEFAULT_SLOPE);
            case MULTIPLY -> new MultiplySpec();
            case CONV_TRANSPOSE2D -> ConvTranspose2dSpec.of(channels, 2, 2, 0, true);
            case UPSAMPLE -> UpsampleSpec.nearest(2);
            case SLICE -> new SliceSpec(0, Math.max(1, channels / 2));
            case CHANNEL_SHUFFLE -> new ChannelShuffleSpec(channels % 2 == 0 ? 2 : 1);
            case CROP -> new CropSpec(new Size2d(in.height(), in.width()));
            case CONCAT -> new ConcatSpec();
            case ADD -> new AddSpec();
            case INCEPTION -> new InceptionSpec(64, 96, 128, 16, 32, 32, 3, true);
            case RESIDUAL_STAGE -> new ResidualStageSpec(ResidualBlockSpec.Kind.BASIC, 2, channels, 1, true);
            case BOTTLENECK -> new ResidualBlockSpec(ResidualBlockSpec.Kind.BOTTLENECK, Math.max(1, channels / 4), 1,
                    true);
            case BASIC_BLOCK -> new ResidualBlockSpec(ResidualBlockSpec.Kind.BASIC, channels, 1, true);
            case REPEAT -> new RepeatSpec(2, List.of(NodeSpec.of("conv", Conv2dSpec.of(channels, 3, 1, 1, false)),
                    NodeSpec.of("bn", BatchNormSpec.standard()), NodeSpec.of("relu", new ActivationSpec(
                            Activation.RELU))));
            case SEPARABLE -> BlockEdits.separable(channels);
            case SQUEEZE_EXCITATION -> BlockEdits.squeezeExcitation();
            case INVERTED_RESIDUAL -> BlockEdits.invertedResidual(channels);
            case INVERTED_RESIDUAL_STAGE -> BlockEdits.invertedResidualStage(channels);
            case FCN_HEAD -> new FcnHeadSpec(21);
            case DENSE_BLOCK -> BlockEdits.denseBlock();
            case TRANSITION -> BlockEdits.transition(channels);
            case CSP_STAGE -> CspStageSpec.darknet(2 * channels, 1);
        };
    }

    /**
     * {@code from} changed into {@code kind}: the kind's defaults for {@code in}, keeping the
     * window (kernel, stride, padding) when both have one, e.g. a 3x3 stride-2 convolution becomes
     * a 3x3 stride-2 max pooling. The same kind gives {@code from} back.
     */
    static ElementSpec convert(ElementSpec from, LayerKind kind, Shape in) {
        if (from.layerKind() == kind) {
            return from;
        }
        ElementSpec fresh = of(kind, in);
        Window window = Window.of(from);
        if (window == null) {
            return fresh;
        }
        if (fresh instanceof Conv2dSpec c) {
            return new Conv2dSpec(c.filters(), window.kernel(), window.stride(), new Padding(window.padding(), false),
                    c.dilation(), c.groups(), c.bias());
        }
        if (fresh instanceof PoolSpec p) {
            return new PoolSpec(p.kind(), window.kernel(), window.stride(), window.padding(), window.ceilMode());
        }
        return fresh;
    }

    /** The kinds the palette can insert: one input, one output (no merges, not the input). */
    static List<LayerKind> insertable() {
        return Arrays.stream(LayerKind.values()).filter(KindDefaults::readsOneInput).toList();
    }

    /** True for the kinds whose layer or block reads exactly one input (FCN's head reads four). */
    static boolean readsOneInput(LayerKind kind) {
        ElementSpec element = of(kind, UNKNOWN);
        return element instanceof LayerSpec layer ? layer.arity() == 1 : !(element instanceof FcnHeadSpec);
    }

    /** A sliding window's kernel, stride and padding, as convolutions and pooling share them. */
    private record Window(Size2d kernel, Size2d stride, Size2d padding, boolean ceilMode) {

        static Window of(ElementSpec element) {
            if (element instanceof Conv2dSpec c) {
                Size2d padding = c.padding().same() ? new Size2d(c.kernel().height() / 2, c.kernel().width() / 2)
                        : c.padding().size();
                return new Window(c.kernel(), c.stride(), padding, false);
            }
            if (element instanceof PoolSpec p) {
                return new Window(p.kernel(), p.stride(), p.padding(), p.ceilMode());
            }
            return null;
        }
    }
}
