package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A ResNet stage ({@code layer1} .. {@code layer4} in torchvision): {@code blocks} residual
 * blocks of the same width, the first with the stage's {@code stride}, named
 * {@code <stage>.0}, {@code <stage>.1}, ... Bottleneck blocks share the stage's {@link Cardinality},
 * and every block the stage's squeeze-and-excitation step {@code se} (null for none; SE-ResNet).
 */
public record ResidualStageSpec(ResidualBlockSpec.Kind kind, int blocks, int width, int stride,
                                boolean strideOn3x3, Cardinality cardinality, SqueezeExcitationSpec se)
        implements BlockSpec {

    public ResidualStageSpec {
        if (blocks < 1) {
            throw new SpecException("core.spec.residual.stageBlocks");
        }
        if (width < 1 || stride < 1) {
            throw new SpecException("core.spec.residual.stage");
        }
        cardinality = cardinality == null ? Cardinality.STANDARD : cardinality;
        new ResidualBlockSpec(kind, width, stride, strideOn3x3, cardinality, se); // its checks: groups, SE
    }

    /** A ResNet or ResNeXt stage without squeeze-and-excitation. */
    public ResidualStageSpec(ResidualBlockSpec.Kind kind, int blocks, int width, int stride, boolean strideOn3x3,
                             Cardinality cardinality) {
        this(kind, blocks, width, stride, strideOn3x3, cardinality, null);
    }

    /** A ResNet stage: one group, inner width = width. */
    public ResidualStageSpec(ResidualBlockSpec.Kind kind, int blocks, int width, int stride, boolean strideOn3x3) {
        this(kind, blocks, width, stride, strideOn3x3, Cardinality.STANDARD);
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.RESIDUAL_STAGE;
    }

    @Override
    public String settings() {
        return blocks + " x " + block(stride).settings();
    }

    @Override
    public Expansion expand(String name, List<String> inputs, Shape input) {
        List<NodeSpec> nodes = new ArrayList<>();
        String previous = inputs.get(0);
        for (int i = 0; i < blocks; i++) {
            String blockName = name + "." + i;
            nodes.add(new NodeSpec(blockName, block(i == 0 ? stride : 1), List.of(previous), true));
            previous = blockName;
        }
        return new Expansion(nodes, previous);
    }

    private ResidualBlockSpec block(int blockStride) {
        return new ResidualBlockSpec(kind, width, blockStride, strideOn3x3, cardinality, se);
    }
}
