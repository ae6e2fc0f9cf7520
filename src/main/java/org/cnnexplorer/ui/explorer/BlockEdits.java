package org.cnnexplorer.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.DenseBlockSpec;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.FcnHeadSpec;
import org.cnnexplorer.core.InvertedResidualSpec;
import org.cnnexplorer.core.InvertedResidualStageSpec;
import org.cnnexplorer.core.SeparableSpec;
import org.cnnexplorer.core.SqueezeExcitationSpec;
import org.cnnexplorer.core.TransitionSpec;
import org.cnnexplorer.i18n.Messages;

/**
 * The editor's settings of the MobileNet, EfficientNet and DenseNet blocks (separable,
 * squeeze-excitation, inverted residual, dense block, transition), their defaults when the
 * palette inserts one, and how one setting changes; {@link LayerEdits} and {@link KindDefaults}
 * hand these kinds over.
 */
final class BlockEdits {

    private static final int BIG = 1_000_000;

    private BlockEdits() {
    }

    static SeparableSpec separable(int channels) {
        return new SeparableSpec(channels, 3, 1, 1, true, Activation.RELU);
    }

    /** SENet's reduction 16, ReLU inside and a sigmoid gate. */
    static SqueezeExcitationSpec squeezeExcitation() {
        return new SqueezeExcitationSpec(0, 16, Activation.RELU, Activation.SIGMOID);
    }

    /** MobileNet v2's block keeping the tensor: expansion 6, 3x3, stride 1, as many channels out as in. */
    static InvertedResidualSpec invertedResidual(int channels) {
        return new InvertedResidualSpec(channels, 3, 1, 6, 0, Activation.RELU6, null, BatchNormSpec.DEFAULT_EPSILON,
                InvertedResidualSpec.Layout.MBCONV);
    }

    /** Two MobileNet v2 blocks keeping the tensor ({@link #invertedResidual}): the smallest stage that repeats. */
    static InvertedResidualStageSpec invertedResidualStage(int channels) {
        return new InvertedResidualStageSpec(2, invertedResidual(channels));
    }

    /** A stage's block count, then its first block's settings. */
    static List<EditorField> stageFields(InvertedResidualStageSpec stage) {
        List<EditorField> fields = new ArrayList<>();
        fields.add(new EditorField("blocks", Messages.text("arch.editor.blocks"), stage.blocks(), 1, BIG));
        fields.addAll(fields(stage.block()));
        return List.copyOf(fields);
    }

    /** {@code stage} with its block count or one setting of its blocks changed. */
    static InvertedResidualStageSpec stage(InvertedResidualStageSpec stage, String key, int v) {
        return key.equals("blocks") ? stage.withBlocks(v)
                : stage.withBlock((InvertedResidualSpec) with(stage.block(), key, v));
    }

    /** FCN's head: its score channels (the classes). */
    static List<EditorField> fcnHeadFields(FcnHeadSpec head) {
        return List.of(field("filters", head.filters(), 1));
    }

    /** DenseNet-121's first block: 6 layers, growth rate 32, bottleneck 4 x 32. */
    static DenseBlockSpec denseBlock() {
        return new DenseBlockSpec(6, 32, 4);
    }

    /** DenseNet-BC's transition: half the channels. */
    static TransitionSpec transition(int channels) {
        return new TransitionSpec(Math.max(1, channels / 2));
    }

    static List<EditorField> fields(ElementSpec element) {
        if (element instanceof SeparableSpec s) {
            return List.of(field("filters", s.filters(), 1), field("kernel", s.kernel(), 1),
                    field("stride", s.stride(), 1));
        }
        if (element instanceof SqueezeExcitationSpec s) {
            return List.of(s.squeeze() > 0 ? field("squeeze", s.squeeze(), 1) : field("reduction", s.reduction(), 1));
        }
        if (element instanceof InvertedResidualSpec r) {
            return List.of(field("filters", r.filters(), 1), field("kernel", r.kernel(), 1),
                    field("stride", r.stride(), 1), r.expandedChannels() > 0
                            ? field("expanded", r.expandedChannels(), 1) : field("expansion", r.expansion(), 1));
        }
        if (element instanceof DenseBlockSpec d) {
            return List.of(field("layers", d.layers(), 1), field("growthRate", d.growthRate(), 1),
                    field("bnSize", d.bnSize(), 1));
        }
        if (element instanceof TransitionSpec t) {
            return List.of(field("filters", t.filters(), 1));
        }
        throw new IllegalArgumentException(element.type() + " is not one of the blocks edited here");
    }

    static ElementSpec with(ElementSpec element, String key, int v) {
        if (element instanceof SeparableSpec s) {
            return new SeparableSpec(pick(key, "filters", v, s.filters()), pick(key, "kernel", v, s.kernel()),
                    pick(key, "stride", v, s.stride()), s.dilation(), s.batchNorm(), s.activation());
        }
        if (element instanceof SqueezeExcitationSpec s) {
            return new SqueezeExcitationSpec(pick(key, "squeeze", v, s.squeeze()), pick(key, "reduction", v,
                    s.reduction()), s.activation(), s.gate());
        }
        if (element instanceof InvertedResidualSpec r) {
            return new InvertedResidualSpec(pick(key, "filters", v, r.filters()), pick(key, "kernel", v, r.kernel()),
                    pick(key, "stride", v, r.stride()), pick(key, "expansion", v, r.expansion()),
                    pick(key, "expanded", v, r.expandedChannels()), r.activation(), r.se(), r.epsilon(), r.layout());
        }
        if (element instanceof DenseBlockSpec d) {
            return new DenseBlockSpec(pick(key, "layers", v, d.layers()), pick(key, "growthRate", v, d.growthRate()),
                    pick(key, "bnSize", v, d.bnSize()));
        }
        if (element instanceof TransitionSpec) {
            return new TransitionSpec(v);
        }
        throw new IllegalArgumentException(element.type() + " has no setting " + key);
    }

    private static int pick(String key, String wanted, int value, int current) {
        return key.equals(wanted) ? value : current;
    }

    /** A field labelled by the message {@code editor.block.<key>}. */
    private static EditorField field(String key, int value, int min) {
        return new EditorField(key, Messages.text("editor.block." + key), value, min, BIG);
    }
}
