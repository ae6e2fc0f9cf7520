package org.cnnexplorer.core;

/** Stands in a report for a block that could not be expanded because its input is impossible. */
public record UnexpandedBlockSpec(BlockSpec block) implements LayerSpec {

    @Override
    public LayerKind layerKind() {
        return block.layerKind();
    }

    @Override
    public String settings() {
        return block.settings();
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        throw new ShapeException("problem.block.unexpanded", block.type());
    }
}
