package org.cnnexplorer.core;

import java.util.List;

/**
 * A reusable group of layers (an inception module, a residual stage) that expands into nodes.
 * Expansion sees the block's input shape, because some blocks (a residual block's projection
 * shortcut) depend on the incoming channel count.
 */
public sealed interface BlockSpec extends ElementSpec permits InceptionSpec, ResidualStageSpec, ResidualBlockSpec,
        RepeatSpec, SeparableSpec, SqueezeExcitationSpec, InvertedResidualSpec, InvertedResidualStageSpec,
        DenseBlockSpec, TransitionSpec, CspStageSpec, FcnHeadSpec {

    /**
     * The nodes this block stands for, named {@code name.<local name>}, every one with explicit
     * inputs, and the name of the node whose output is the block's output.
     */
    Expansion expand(String name, List<String> inputs, Shape input);

    /** The result of expanding a block. */
    record Expansion(List<NodeSpec> nodes, String output) {
        public Expansion {
            nodes = List.copyOf(nodes);
        }
    }
}
