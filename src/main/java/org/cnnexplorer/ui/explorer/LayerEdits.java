package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.List;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.CspStageSpec;
import org.cnnexplorer.core.SliceSpec;
import org.cnnexplorer.core.ConvTranspose2dSpec;
import org.cnnexplorer.core.ChannelShuffleSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.DropoutSpec;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.FcnHeadSpec;
import org.cnnexplorer.core.InceptionSpec;
import org.cnnexplorer.core.InvertedResidualStageSpec;
import org.cnnexplorer.core.Padding;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.RepeatSpec;
import org.cnnexplorer.core.ResidualBlockSpec;
import org.cnnexplorer.core.ResidualStageSpec;
import org.cnnexplorer.core.Size2d;

/**
 * Which settings of a layer or block the editor offers, and the element with one of them changed,
 * decided per {@link org.cnnexplorer.core.LayerKind} in a switch without {@code default} (a new
 * kind must say what it offers; {@link KindDefaults} says what it starts as). Kernels, strides,
 * paddings and dilations are edited as squares, a dropout rate in whole percent. A changed value
 * the spec rejects throws {@link IllegalArgumentException} with the spec's message.
 */
final class LayerEdits {

    private static final int BIG = 1 << 16;
    private static final double PERCENT = 100.0;

    private LayerEdits() {
    }

    static List<EditorField> fields(ElementSpec element) {
        return switch (element.layerKind()) {
            case CONV2D -> conv((Conv2dSpec) element);
            case MAXPOOL, AVGPOOL -> pool((PoolSpec) element);
            case ADAPTIVE_AVGPOOL -> List.of(field("output", ((AdaptiveAvgPoolSpec) element).output()
                    .height(), 2));
            case DENSE -> ((DenseSpec) element).isClassifier() ? List.of()
                    : List.of(field("units", ((DenseSpec) element).units(), 1));
            case DROPOUT -> List.of(new EditorField("rate", text("edit.field.rate"),
                    (int) Math.round(((DropoutSpec) element).rate() * PERCENT), 0, 99));
            case INCEPTION -> inception((InceptionSpec) element);
            case RESIDUAL_STAGE -> stage((ResidualStageSpec) element);
            case BOTTLENECK, BASIC_BLOCK -> List.of(field("width", ((ResidualBlockSpec) element).width(), 1),
                    field("stride", ((ResidualBlockSpec) element).stride(), 1));
            case REPEAT -> List.of(field("times", ((RepeatSpec) element).times(), 1));
            case SEPARABLE, SQUEEZE_EXCITATION, INVERTED_RESIDUAL, DENSE_BLOCK, TRANSITION ->
                    BlockEdits.fields(element);
            case INVERTED_RESIDUAL_STAGE -> BlockEdits.stageFields((InvertedResidualStageSpec) element);
            case FCN_HEAD -> BlockEdits.fcnHeadFields((FcnHeadSpec) element);
            case CSP_STAGE -> List.of(field("blocks", ((CspStageSpec) element).blocks(), 1),
                    field("stride", ((CspStageSpec) element).stride(), 1));
            case CONV_TRANSPOSE2D -> List.of(field("filters", ((ConvTranspose2dSpec) element).filters(), 1),
                    field("kernel", ((ConvTranspose2dSpec) element).kernel().height(), 1),
                    field("stride", ((ConvTranspose2dSpec) element).stride().height(), 1));
            case SLICE -> List.of(field("from", ((SliceSpec) element).from(), 0),
                    field("to", ((SliceSpec) element).to(), 1));
            case CHANNEL_SHUFFLE -> List.of(field("groups", ((ChannelShuffleSpec) element).groups(), 1));
            case INPUT, GLOBAL_AVGPOOL, FLATTEN, BATCHNORM, LRN, RELU, RELU6, TANH, SIGMOID, HARD_SIGMOID, SWISH,
                    HARD_SWISH, LEAKY_RELU, MISH, SOFTMAX, CONCAT, ADD, MULTIPLY, UPSAMPLE, CROP -> List.of();
        };
    }

    /** {@code element} with the setting {@code key} (one of its {@link #fields}) set to {@code v}. */
    static ElementSpec with(ElementSpec element, String key, int v) {
        return switch (element.layerKind()) {
            case CONV2D -> conv((Conv2dSpec) element, key, v);
            case MAXPOOL, AVGPOOL -> pool((PoolSpec) element, key, v);
            case ADAPTIVE_AVGPOOL -> new AdaptiveAvgPoolSpec(Size2d.square(v));
            case DENSE -> new DenseSpec(v, ((DenseSpec) element).bias(), 0);
            case DROPOUT -> new DropoutSpec(v / PERCENT);
            case INCEPTION -> inception((InceptionSpec) element, key, v);
            case RESIDUAL_STAGE -> stage((ResidualStageSpec) element, key, v);
            case BOTTLENECK, BASIC_BLOCK -> block((ResidualBlockSpec) element, key, v);
            case REPEAT -> new RepeatSpec(v, ((RepeatSpec) element).body());
            case SEPARABLE, SQUEEZE_EXCITATION, INVERTED_RESIDUAL, DENSE_BLOCK, TRANSITION ->
                    BlockEdits.with(element, key, v);
            case INVERTED_RESIDUAL_STAGE -> BlockEdits.stage((InvertedResidualStageSpec) element, key, v);
            case FCN_HEAD -> new FcnHeadSpec(v);
            case CSP_STAGE -> cspStage((CspStageSpec) element, key, v);
            case CONV_TRANSPOSE2D -> convTranspose((ConvTranspose2dSpec) element, key, v);
            case SLICE -> new SliceSpec(key.equals("from") ? v : ((SliceSpec) element).from(),
                    key.equals("to") ? v : ((SliceSpec) element).to());
            case CHANNEL_SHUFFLE -> new ChannelShuffleSpec(v);
            case INPUT, GLOBAL_AVGPOOL, FLATTEN, BATCHNORM, LRN, RELU, RELU6, TANH, SIGMOID, HARD_SIGMOID, SWISH,
                    HARD_SWISH, LEAKY_RELU, MISH, SOFTMAX, CONCAT, ADD, MULTIPLY, UPSAMPLE, CROP ->
                    throw new IllegalArgumentException(element.type() + " has no setting " + key);
        };
    }

    /** A field labelled by the message {@code edit.field.<key>}. */
    private static EditorField field(String key, int value, int min) {
        return field(key, text("edit.field." + key), value, min);
    }

    private static EditorField field(String key, String label, int value, int min) {
        return new EditorField(key, label, value, min, BIG);
    }

    private static List<EditorField> conv(Conv2dSpec c) {
        return List.of(field("filters", c.filters(), 1), field("kernel", c.kernel().height(), 1),
                field("stride", c.stride().height(), 1),
                field("padding", text(c.padding().same() ? "edit.field.paddingSame" : "edit.field.padding"),
                        c.padding().size().height(), 0),
                field("dilation", c.dilation().height(), 1), field("groups", c.groups(), 1));
    }

    private static Conv2dSpec conv(Conv2dSpec c, String key, int v) {
        return new Conv2dSpec(key.equals("filters") ? v : c.filters(), size(key, "kernel", v, c.kernel()),
                size(key, "stride", v, c.stride()), key.equals("padding") ? Padding.of(v) : c.padding(),
                size(key, "dilation", v, c.dilation()), key.equals("groups") ? v : c.groups(), c.bias());
    }

    private static ConvTranspose2dSpec convTranspose(ConvTranspose2dSpec c, String key, int v) {
        return new ConvTranspose2dSpec(key.equals("filters") ? v : c.filters(), size(key, "kernel", v, c.kernel()),
                size(key, "stride", v, c.stride()), c.padding(), c.outputPadding(), c.dilation(), c.groups(), c.bias());
    }

    private static List<EditorField> pool(PoolSpec p) {
        return List.of(field("kernel", p.kernel().height(), 1), field("stride", p.stride().height(), 1),
                field("padding", p.padding().height(), 0));
    }

    private static PoolSpec pool(PoolSpec p, String key, int v) {
        return new PoolSpec(p.kind(), size(key, "kernel", v, p.kernel()), size(key, "stride", v, p.stride()),
                size(key, "padding", v, p.padding()), p.ceilMode());
    }

    private static Size2d size(String key, String wanted, int value, Size2d current) {
        if (value < 0) {
            throw new IllegalArgumentException(text("edit.negative", text("edit.field." + wanted)));
        }
        return key.equals(wanted) ? Size2d.square(value) : current;
    }

    private static List<EditorField> inception(InceptionSpec i) {
        return List.of(field("c1", "1x1", i.c1(), 1), field("c3Reduce", i.c3Reduce(), 1),
                field("c3", "3x3", i.c3(), 1), field("c5Reduce", i.c5Reduce(), 1),
                field("c5", i.c5Kernel() + "x" + i.c5Kernel(), i.c5(), 1),
                field("poolProj", i.poolProj(), 1));
    }

    private static InceptionSpec inception(InceptionSpec i, String key, int v) {
        return new InceptionSpec(key.equals("c1") ? v : i.c1(), key.equals("c3Reduce") ? v : i.c3Reduce(),
                key.equals("c3") ? v : i.c3(), key.equals("c5Reduce") ? v : i.c5Reduce(), key.equals("c5") ? v : i.c5(),
                key.equals("poolProj") ? v : i.poolProj(), i.c5Kernel(), i.batchNorm());
    }

    private static List<EditorField> stage(ResidualStageSpec r) {
        return List.of(field("blocks", r.blocks(), 1), field("width", r.width(), 1),
                field("stride", r.stride(), 1));
    }

    private static ResidualStageSpec stage(ResidualStageSpec r, String key, int v) {
        return new ResidualStageSpec(r.kind(), key.equals("blocks") ? v : r.blocks(),
                key.equals("width") ? v : r.width(), key.equals("stride") ? v : r.stride(), r.strideOn3x3(),
                r.cardinality(), r.se());
    }

    private static CspStageSpec cspStage(CspStageSpec c, String key, int v) {
        return new CspStageSpec(c.filters(), key.equals("blocks") ? v : c.blocks(), key.equals("stride") ? v
                : c.stride(), c.expansion(), c.bottleneck(), c.blockRatio(), c.activation());
    }

    private static ResidualBlockSpec block(ResidualBlockSpec b, String key, int v) {
        return new ResidualBlockSpec(b.kind(), key.equals("width") ? v : b.width(),
                key.equals("stride") ? v : b.stride(), b.strideOn3x3(), b.cardinality(), b.se());
    }
}
