package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A stage of {@code blocks} inverted residual blocks (MBConv), a row of the EfficientNet and
 * MobileNet v2 tables ("operator, t, c, n, s"), as torchvision's {@code _efficientnet_conf} builds
 * it: the first block {@code <stage>.0} has the stage's stride and changes the channels to
 * {@code filters}; blocks {@code <stage>.1} .. {@code <stage>.(n-1)} have stride 1 and
 * {@code filters} channels in and out, so each of them adds its input.
 *
 * <p>Every block is {@code block} with the stride of its place and its squeeze-and-excitation
 * step fitted to its own input: the SE step is given as a reduction ratio {@code r} (a count
 * is refused) and squeezes to {@code max(1, floor(C_in / r))} of the <em>block's</em> input channels
 * {@code C_in} (EfficientNet's {@code input_channels // 4}: {@code r = 4}), not of the expanded
 * width the SE step reads. Parameters and MACs are the sum of the blocks' ({@link InvertedResidualSpec}).
 * The depth multiplier scales {@code blocks} ({@code ceil(n x depth)}, decision 0012), which is how
 * EfficientNet-B1 and B2 follow from B0.
 *
 * <p>With a {@link FlatNumbering} the blocks are named on from a network-wide count instead
 * ({@code features.2}, {@code features.3}: torchvision's MobileNet v2), and the stage's own name
 * is only the group they sit in.
 *
 * @param blocks    how many blocks, at least 1 (the tables' n)
 * @param block     the first block: its stride is the stage's; its SE step, if any, as described above
 * @param numbering the blocks' flat names, or null for {@code <stage>.0} .. {@code <stage>.(n-1)}
 */
public record InvertedResidualStageSpec(int blocks, InvertedResidualSpec block, FlatNumbering numbering)
        implements BlockSpec {

    public InvertedResidualStageSpec {
        if (blocks < 1) {
            throw new SpecException("arch.stage.blocks");
        }
        if (block == null) {
            throw new SpecException("arch.stage.block");
        }
        if (block.se() != null && block.se().squeeze() > 0) {
            throw new SpecException("arch.stage.seRatio");
        }
        if (numbering != null && blocks - 1 > Integer.MAX_VALUE - numbering.first()) {
            throw new SpecException("arch.m.lastBlock", numbering.firstBlock(), blocks);
        }
    }

    /** A stage whose blocks are named {@code <stage>.0} .. {@code <stage>.(n-1)}. */
    public InvertedResidualStageSpec(int blocks, InvertedResidualSpec block) {
        this(blocks, block, null);
    }

    /** This stage with {@code count} blocks, named as before. */
    public InvertedResidualStageSpec withBlocks(int count) {
        return new InvertedResidualStageSpec(count, block, numbering);
    }

    /** This stage with other blocks, named as before. */
    public InvertedResidualStageSpec withBlock(InvertedResidualSpec first) {
        return new InvertedResidualStageSpec(blocks, first, numbering);
    }

    /** The name of block {@code index} (from 0) of the stage {@code stage}. */
    public String blockName(String stage, int index) {
        return numbering == null ? stage + "." + index : numbering.name(index);
    }

    /** The stage's stride: its first block's. */
    public int stride() {
        return block.stride();
    }

    /** Block {@code index} (from 0) of the stage when it reads {@code channels} channels. */
    public InvertedResidualSpec block(int index, int channels) {
        SqueezeExcitationSpec se = block.se() == null ? null : SqueezeExcitationSpec.squeezingTo(
                Math.max(1, channels / block.se().reduction()), block.se().activation(), block.se().gate());
        return new InvertedResidualSpec(block.filters(), block.kernel(), index == 0 ? block.stride() : 1,
                block.expansion(), block.expandedChannels(), block.activation(), se, block.epsilon(), block.layout());
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.INVERTED_RESIDUAL_STAGE;
    }

    @Override
    public String settings() {
        return blocks + " x " + block.settings();
    }

    @Override
    public Expansion expand(String name, List<String> inputs, Shape input) {
        List<NodeSpec> nodes = new ArrayList<>();
        String previous = inputs.get(0);
        int channels = input.channels();
        for (int i = 0; i < blocks; i++) {
            String blockName = blockName(name, i);
            nodes.add(new NodeSpec(blockName, block(i, channels), List.of(previous), true));
            previous = blockName;
            channels = block.filters();
        }
        return new Expansion(nodes, previous);
    }
}
