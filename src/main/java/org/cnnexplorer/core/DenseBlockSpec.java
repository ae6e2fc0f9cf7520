package org.cnnexplorer.core;

import java.util.List;

/**
 * A dense block (Huang et al. 2017), as torchvision's {@code _DenseBlock}: {@code layers} dense
 * layers {@code denselayer1, denselayer2, ...}, each batch norm ({@code norm1}), ReLU, 1x1 conv to
 * {@code bnSize * growthRate} channels ({@code conv1}), batch norm ({@code norm2}), ReLU, 3x3 conv
 * (padding 1) to {@code growthRate} channels ({@code conv2}), then the concatenation of its input
 * and those new channels ({@code concat}). Convs have no bias. Layer {@code i} (from 1) reads
 * {@code C + (i - 1) g} channels; the block outputs {@code C + layers * g}. Per layer, with
 * {@code b = bnSize}, parameters {@code 2 C_i + C_i b g + 2 b g + 9 b g^2} and MACs
 * {@code H W (C_i b g + 9 b g^2)}.
 */
public record DenseBlockSpec(int layers, int growthRate, int bnSize) implements BlockSpec {

    /** Layers each dense layer expands to: two batch norms, two ReLUs, two convs and the concat. */
    public static final int LAYERS_PER_DENSE_LAYER = 7;

    public DenseBlockSpec {
        if (layers < 1 || growthRate < 1 || bnSize < 1) {
            throw new SpecException("core.spec.denseBlock.counts");
        }
        if ((long) bnSize * growthRate > Integer.MAX_VALUE) {
            throw new SpecException("core.spec.denseBlock.width", Counts.grouped((long) bnSize * growthRate),
                    Integer.MAX_VALUE);
        }
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.DENSE_BLOCK;
    }

    @Override
    public String settings() {
        return layers + " x k" + growthRate + " b" + bnSize;
    }

    @Override
    public Expansion expand(String name, List<String> inputs, Shape input) {
        NodeChain chain = NodeChain.from(name, inputs.get(0));
        for (int i = 1; i <= layers; i++) {
            String layer = "denselayer" + i + ".";
            String in = chain.last();
            chain.add(layer + "norm1", BatchNormSpec.standard()).add(layer + "relu1", relu())
                    .add(layer + "conv1", Conv2dSpec.of(bnSize * growthRate, 1, 1, 0, false))
                    .add(layer + "norm2", BatchNormSpec.standard()).add(layer + "relu2", relu())
                    .add(layer + "conv2", Conv2dSpec.of(growthRate, 3, 1, 1, false));
            chain.addReading(layer + "concat", new ConcatSpec(), List.of(in, chain.last()));
        }
        return chain.finish();
    }

    private static ActivationSpec relu() {
        return new ActivationSpec(Activation.RELU);
    }
}
