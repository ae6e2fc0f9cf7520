package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A ResNet stage ({@code layer1} .. {@code layer4} in torchvision): {@code blocks} residual
 * blocks of the same width, the first with the stage's {@code stride}, named
 * {@code <stage>.0}, {@code <stage>.1}, ...
 */
public record ResidualStageSpec(ResidualBlockSpec.Kind kind, int blocks, int width, int stride,
                                boolean strideOn3x3) implements BlockSpec {

    public ResidualStageSpec {
        if (blocks < 1) {
            throw new IllegalArgumentException("a residual stage needs at least 1 block");
        }
        if (width < 1 || stride < 1) {
            throw new IllegalArgumentException("residual stage width and stride must be at least 1");
        }
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.RESIDUAL_STAGE;
    }

    @Override
    public String settings() {
        return blocks + " x " + new ResidualBlockSpec(kind, width, stride, strideOn3x3).settings();
    }

    @Override
    public Expansion expand(String name, List<String> inputs, Shape input) {
        List<NodeSpec> nodes = new ArrayList<>();
        String previous = inputs.get(0);
        for (int i = 0; i < blocks; i++) {
            String blockName = name + "." + i;
            ResidualBlockSpec block = new ResidualBlockSpec(kind, width, i == 0 ? stride : 1, strideOn3x3);
            nodes.add(new NodeSpec(blockName, block, List.of(previous), true));
            previous = blockName;
        }
        return new Expansion(nodes, previous);
    }
}
