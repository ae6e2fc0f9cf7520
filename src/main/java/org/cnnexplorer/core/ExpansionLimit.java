package org.cnnexplorer.core;

import java.util.List;

/**
 * The most layers a network may expand to, and how many a node expands to, counted without
 * expanding: a layer is 1, a repeat {@code times x} its body, a residual stage {@code blocks x}
 * the layers of its largest block, an inverted-residual stage {@code blocks x} 9 (15 with SE), a dense
 * block {@code 7 x layers}, a CSP stage {@code 15 + 7 x blocks},
 * an inception module its fixed count. Sums and products saturate at {@code Long.MAX_VALUE}
 * ({@link Saturating}), so a repeat of 10^9 copies nested three deep is still refused at once instead of
 * filling the heap. The GUI re-analyses on every edit, so the cost of an analysis must not grow with a
 * number a user can type.
 */
public final class ExpansionLimit {

    /** Expanded layers a network may have (ResNet50 has 175, GoogLeNet 197). */
    public static final int MAX_LAYERS = 100_000;

    /** A basic block: two conv+BN, a ReLU, a projection conv+BN, the add and the last ReLU. */
    private static final int BASIC_BLOCK_LAYERS = 9;
    /** A bottleneck: three conv+BN, two ReLUs, a projection conv+BN, the add and the last ReLU. */
    private static final int BOTTLENECK_LAYERS = 12;

    private static final int SE_LAYERS = 6;
    /** An inverted residual block: expand and depthwise conv+BN+activation, the projection conv+BN, the add. */
    private static final int INVERTED_RESIDUAL_LAYERS = 9;

    /** Four branches of conv+BN+ReLU units (1 + 2 + 2 + pool and 1) and the concat. */
    private static final int INCEPTION_BN_LAYERS = 20;
    /** The same without batch norm. */
    private static final int INCEPTION_LAYERS = 14;

    private ExpansionLimit() {
    }

    /** Layers the node expands to (an upper bound for residual blocks, whose projection is optional). */
    public static long layers(NodeSpec node) {
        return layers(node.element());
    }

    /** Layers a layer (1) or block expands to, counted without expanding, saturating at {@code Long.MAX_VALUE}. */
    public static long layers(ElementSpec element) {
        if (element instanceof RepeatSpec repeat) {
            return Saturating.product(repeat.times(), sum(repeat.body()));
        }
        if (element instanceof ResidualStageSpec stage) {
            return Saturating.product(stage.blocks(), blockLayers(stage.kind()) + seLayers(stage.se()));
        }
        if (element instanceof ResidualBlockSpec block) {
            return blockLayers(block.kind()) + seLayers(block.se());
        }
        if (element instanceof InvertedResidualStageSpec stage) {
            return Saturating.product(stage.blocks(), INVERTED_RESIDUAL_LAYERS + seLayers(stage.block().se()));
        }
        if (element instanceof FcnHeadSpec) {
            return FcnHeadSpec.LAYERS; // expands only with its four inputs
        }
        if (element instanceof DenseBlockSpec dense) {
            return Saturating.product(dense.layers(), DenseBlockSpec.LAYERS_PER_DENSE_LAYER);
        }
        if (element instanceof CspStageSpec stage) {
            return Saturating.sum(CspStageSpec.FIXED_LAYERS,
                    Saturating.product(stage.blocks(), CspStageSpec.BLOCK_LAYERS));
        }
        if (element instanceof InceptionSpec inception) {
            return inception.batchNorm() ? INCEPTION_BN_LAYERS : INCEPTION_LAYERS;
        }
        if (element instanceof BlockSpec block) {
            // a block of fixed size (an inception module, or a kind added later): count its expansion
            return sum(block.expand("b", List.of("in"), Shape.of(1, 1, 1)).nodes());
        }
        return 1;
    }

    static long sum(List<NodeSpec> nodes) {
        long total = 0;
        for (NodeSpec node : nodes) {
            total = Saturating.sum(total, layers(node));
        }
        return total;
    }

    /** The refusal for a node of {@code own} layers that takes the network past the limit, or null when it fits. */
    static Message check(NodeSpec node, long own, long before) {
        long total = Saturating.sum(before, own);
        if (total <= MAX_LAYERS) {
            return null;
        }
        String limit = Counts.grouped(MAX_LAYERS);
        if (!(node.element() instanceof BlockSpec)) { // a plain layer: "relu would expand to 1 layers" says nothing
            return Message.of("problem.limit.network", describe(total), limit);
        }
        String type = node.element().type();
        return before > 0 ? Message.of("problem.limit.blockInNetwork", type, describe(own), describe(total), limit)
                : Message.of("problem.limit.block", type, describe(own), limit);
    }

    /** A squeeze-and-excitation step: pool, two 1x1 convs, two activations and the product. */
    private static int seLayers(SqueezeExcitationSpec se) {
        return se == null ? 0 : SE_LAYERS;
    }

    private static int blockLayers(ResidualBlockSpec.Kind kind) {
        return kind == ResidualBlockSpec.Kind.BASIC ? BASIC_BLOCK_LAYERS : BOTTLENECK_LAYERS;
    }

    private static Object describe(long count) {
        return count == Long.MAX_VALUE ? Message.of("problem.limit.moreThan", Counts.MAX_COUNT)
                : Counts.grouped(count);
    }

}
