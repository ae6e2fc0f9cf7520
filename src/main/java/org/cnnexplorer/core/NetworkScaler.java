package org.cnnexplorer.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the width and depth of {@link ScalingMultipliers} to a network's nodes (decision 0012).
 * One switch over {@link LayerKind} decides, for every kind, which of its settings are channel
 * counts (scaled by {@link ScalingMultipliers#channels}) and which are repeat counts (scaled by
 * {@link ScalingMultipliers#repeats}); everything else is kept. A scaled block whose own rules the
 * new counts break (a CSP stage whose blocks no longer match the half they read) is an
 * {@link IllegalArgumentException} naming the block, which the analyzer reports as a problem.
 */
public final class NetworkScaler {

    private final ScalingMultipliers m;
    private final String output;
    private final Map<String, Integer> renumbered;

    /**
     * @param output     the network's last weight layer (top-level name), whose output count is the
     *                   network's output and is kept; null when there is none
     * @param renumbered by how many blocks each flat-numbered stage's names move on (top-level name)
     */
    private NetworkScaler(ScalingMultipliers m, String output, Map<String, Integer> renumbered) {
        this.m = m;
        this.output = output;
        this.renumbered = renumbered;
    }

    /** A scaler for {@code spec}'s nodes at {@code m}. */
    public static NetworkScaler of(NetworkSpec spec, ScalingMultipliers m) {
        String last = null;
        for (NodeSpec node : spec.nodes()) {
            if (isWeightLayer(node.element())) {
                last = node.name();
            }
        }
        return new NetworkScaler(m, last, renumbering(spec, m));
    }

    /**
     * A flat-numbered stage ({@code features.2}, {@code features.3}) counts on from the blocks before it:
     * when depth gives an earlier stage of the same prefix more blocks, its names move on by as many,
     * so the blocks stay numbered without gaps or repeats, as torchvision numbers a deeper setting.
     */
    private static Map<String, Integer> renumbering(NetworkSpec spec, ScalingMultipliers m) {
        Map<String, Integer> shifts = new HashMap<>();
        Map<String, Integer> added = new HashMap<>();
        for (NodeSpec node : spec.nodes()) {
            if (node.element() instanceof InvertedResidualStageSpec stage && stage.numbering() != null) {
                String prefix = stage.numbering().prefix();
                int before = added.getOrDefault(prefix, 0);
                shifts.put(node.name(), before);
                added.put(prefix, (int) Math.min(Integer.MAX_VALUE,
                        (long) before + m.repeats(stage.blocks()) - stage.blocks()));
            }
        }
        return shifts;
    }

    /**
     * {@code spec} with its width and depth multiplied, for what keeps a network rather than analysing
     * it (a training run); the input is left as it is.
     *
     * @throws IllegalArgumentException when a node cannot take the new counts, naming it
     */
    public static NetworkSpec scale(NetworkSpec spec, ScalingMultipliers m) {
        if (!m.changesLayers()) {
            return spec;
        }
        NetworkScaler scaler = of(spec, m);
        java.util.Map<String, LayerSpec> overrides = new java.util.LinkedHashMap<>();
        spec.overrides().forEach((name, layer) -> overrides.put(name, scaler.layer(layer)));
        return new NetworkSpec(spec.id(), spec.name(), spec.variant(), spec.source(), spec.input(), spec.classes(),
                spec.nodes().stream().map(scaler::node).toList(), overrides, spec.training());
    }

    /** The node at this scale (the node itself when width and depth are 1). */
    public NodeSpec node(NodeSpec node) {
        if (!m.changesLayers() || node.name().equals(output)) {
            return node;
        }
        try {
            ElementSpec scaled = at(node).element(node.element());
            int shift = renumbered.getOrDefault(node.name(), 0);
            if (shift != 0 && scaled instanceof InvertedResidualStageSpec stage) {
                scaled = new InvertedResidualStageSpec(stage.blocks(), stage.block(), stage.numbering().shifted(shift));
            }
            return node.withElement(scaled);
        } catch (IllegalArgumentException e) {
            throw new SpecException(e, "scaling.doesNotFit", m.describe(), node.element().type(), node.name(),
                    NetworkAnalyzer.reasonOf(e));
        }
    }

    /** The scaler for {@code node}: this one, or one at the node's width floor when that is wider. */
    private NetworkScaler at(NodeSpec node) {
        return node.widthFloor() > m.width() ? new NetworkScaler(m.withWidth(node.widthFloor()), output, renumbered)
                : this;
    }

    /** An override (a layer inside a block) at this scale. */
    public LayerSpec layer(LayerSpec layer) {
        return m.changesLayers() ? (LayerSpec) element(layer) : layer;
    }

    private ElementSpec element(ElementSpec e) {
        return switch (e.layerKind()) {
            case CONV2D -> conv((Conv2dSpec) e);
            case CONV_TRANSPOSE2D -> convTranspose((ConvTranspose2dSpec) e);
            case DENSE -> ((DenseSpec) e).isClassifier() ? e
                    : new DenseSpec(m.channels(((DenseSpec) e).units()), ((DenseSpec) e).bias(), 0);
            case SLICE -> new SliceSpec(((SliceSpec) e).from() == 0 ? 0 : m.channels(((SliceSpec) e).from()),
                    m.channels(((SliceSpec) e).to()));
            case INCEPTION -> inception((InceptionSpec) e);
            case RESIDUAL_STAGE -> stage((ResidualStageSpec) e);
            case BOTTLENECK, BASIC_BLOCK -> new ResidualBlockSpec(((ResidualBlockSpec) e).kind(),
                    m.channels(((ResidualBlockSpec) e).width()), ((ResidualBlockSpec) e).stride(),
                    ((ResidualBlockSpec) e).strideOn3x3(), ((ResidualBlockSpec) e).cardinality(),
                    se(((ResidualBlockSpec) e).se()));
            case REPEAT -> repeat((RepeatSpec) e);
            case CSP_STAGE -> csp((CspStageSpec) e);
            case SEPARABLE -> separable((SeparableSpec) e);
            case SQUEEZE_EXCITATION -> se((SqueezeExcitationSpec) e);
            case INVERTED_RESIDUAL -> invertedResidual((InvertedResidualSpec) e);
            case INVERTED_RESIDUAL_STAGE -> ((InvertedResidualStageSpec) e)
                    .withBlocks(m.repeats(((InvertedResidualStageSpec) e).blocks()))
                    .withBlock(invertedResidual(((InvertedResidualStageSpec) e).block()));
            case DENSE_BLOCK -> denseBlock((DenseBlockSpec) e);
            case TRANSITION -> new TransitionSpec(m.channels(((TransitionSpec) e).filters()));
            case FCN_HEAD -> e; // its filters are the class scores, the network's output
            case INPUT, MAXPOOL, AVGPOOL, GLOBAL_AVGPOOL, ADAPTIVE_AVGPOOL, FLATTEN, BATCHNORM, LRN, DROPOUT, RELU,
                    RELU6, TANH, SIGMOID, HARD_SIGMOID, SWISH, HARD_SWISH, LEAKY_RELU, MISH, MULTIPLY, SOFTMAX, CONCAT,
                    ADD, UPSAMPLE, CHANNEL_SHUFFLE, CROP -> e;
        };
    }

    private static boolean isWeightLayer(ElementSpec e) {
        return e.layerKind() == LayerKind.CONV2D || e.layerKind() == LayerKind.CONV_TRANSPOSE2D
                || e.layerKind() == LayerKind.DENSE || e.layerKind() == LayerKind.FCN_HEAD;
    }

    /** A depthwise convolution (groups = filters) keeps groups = filters; other groups are kept. */
    private int groups(int groups, int filters) {
        return groups > 1 && groups == filters ? m.channels(filters) : groups;
    }

    private Conv2dSpec conv(Conv2dSpec c) {
        return new Conv2dSpec(m.channels(c.filters()), c.kernel(), c.stride(), c.padding(), c.dilation(),
                groups(c.groups(), c.filters()), c.bias());
    }

    private ConvTranspose2dSpec convTranspose(ConvTranspose2dSpec c) {
        return new ConvTranspose2dSpec(m.channels(c.filters()), c.kernel(), c.stride(), c.padding(),
                c.outputPadding(), c.dilation(), groups(c.groups(), c.filters()), c.bias());
    }

    private InceptionSpec inception(InceptionSpec i) {
        return new InceptionSpec(m.channels(i.c1()), m.channels(i.c3Reduce()), m.channels(i.c3()),
                m.channels(i.c5Reduce()), m.channels(i.c5()), m.channels(i.poolProj()), i.c5Kernel(), i.batchNorm());
    }

    private ResidualStageSpec stage(ResidualStageSpec s) {
        return new ResidualStageSpec(s.kind(), m.repeats(s.blocks()), m.channels(s.width()), s.stride(),
                s.strideOn3x3(), s.cardinality(), se(s.se()));
    }

    private SeparableSpec separable(SeparableSpec s) {
        return new SeparableSpec(m.channels(s.filters()), s.kernel(), s.stride(), s.dilation(), s.batchNorm(),
                s.activation());
    }

    /** Squeeze channels given as a count scale like channels; a reduction ratio follows the block's input. */
    private SqueezeExcitationSpec se(SqueezeExcitationSpec s) {
        return s == null || s.squeeze() == 0 ? s
                : new SqueezeExcitationSpec(m.channels(s.squeeze()), 0, s.activation(), s.gate());
    }

    private InvertedResidualSpec invertedResidual(InvertedResidualSpec b) {
        return new InvertedResidualSpec(m.channels(b.filters()), b.kernel(), b.stride(), b.expansion(),
                b.expandedChannels() == 0 ? 0 : m.channels(b.expandedChannels()), b.activation(), se(b.se()),
                b.epsilon(), b.layout());
    }

    /** Depth multiplies the dense layers, width the growth rate. */
    private DenseBlockSpec denseBlock(DenseBlockSpec d) {
        return new DenseBlockSpec(m.repeats(d.layers()), m.channels(d.growthRate()), d.bnSize());
    }

    private RepeatSpec repeat(RepeatSpec r) {
        List<NodeSpec> body = r.body().stream().map(n -> n.withElement(at(n).element(n.element()))).toList();
        int times = m.repeats(r.times());
        int first = Math.min(r.firstIndex(), Integer.MAX_VALUE - (times - 1));
        return new RepeatSpec(times, body, r.copyPrefix(), first);
    }

    private CspStageSpec csp(CspStageSpec c) {
        return new CspStageSpec(m.channels(c.filters()), m.repeats(c.blocks()), c.stride(), c.expansion(),
                c.bottleneck(), c.blockRatio(), c.activation());
    }
}
