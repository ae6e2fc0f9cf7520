package org.cnnexplorer.core;

import java.util.List;

/**
 * A cross stage partial stage (CSPNet, Wang et al. 2019), as timm's {@code CrossStage} with
 * {@code DarkBlock}s (CSPDarknet53). Every conv is bias-free and followed by batch norm and the
 * stage's {@code activation}, a unit named {@code <part>.conv}, {@code .bn}, {@code .act}:
 * <ol>
 *   <li>{@code conv_down}: 3x3 conv to {@code filters} channels with the {@code stride} (absent at stride 1);</li>
 *   <li>{@code conv_exp}: 1x1 conv to {@code E = rint(filters * expansion)} channels, split into
 *       {@code xs} (channels {@code [0, E/2)}, the cross path) and {@code xb} (the rest);</li>
 *   <li>{@code blocks.0} .. {@code blocks.(n-1)} on {@code xb}: 1x1 conv to
 *       {@code M = rint(B * bottleneck)}, 3x3 conv back to {@code B = rint(filters * blockRatio)},
 *       {@code add} with the block's input (so {@code B = E - E/2});</li>
 *   <li>{@code conv_transition_b}: 1x1 conv to {@code E/2}; {@code cat} of {@code xs} and it (E channels);
 *       {@code conv_transition}: 1x1 conv to {@code filters}, the stage's output.</li>
 * </ol>
 * Parameters, with {@code C} input channels and BN's 2 per channel:
 * {@code [9 C F + 2F] + [F E + 2E] + n [B M + 2M + 9 M B + 2B] + [B E/2 + E] + [E F + 2F]} with
 * {@code F = filters} (at stride 1 the first term is absent and {@code conv_exp} reads {@code C}).
 * Only the half that passes the blocks pays for their computation, which is CSPNet's saving.
 * Rounding is {@code rint} (half to even), as Python's {@code int(round(x))} in timm.
 *
 * @param filters    output channels of the stage
 * @param blocks     number of residual blocks
 * @param stride     stride of {@code conv_down}; 1 leaves it out
 * @param expansion  {@code conv_exp} channels per output channel (timm's {@code exp_ratio})
 * @param bottleneck inner channels of a block per block channel ({@code bottle_ratio})
 * @param blockRatio block channels per output channel ({@code block_ratio})
 * @param activation the activation after every batch norm (an activation kind, not softmax)
 */
public record CspStageSpec(int filters, int blocks, int stride, double expansion, double bottleneck,
                           double blockRatio, LayerSpec activation) implements BlockSpec {

    /** Layers a stage has besides its blocks: conv_down, conv_exp, transition_b and transition units, 2 slices, cat. */
    public static final int FIXED_LAYERS = 15;
    /** Layers of one block: two conv units and the addition. */
    public static final int BLOCK_LAYERS = 7;

    public CspStageSpec {
        if (filters < 1 || blocks < 1 || stride < 1) {
            throw new SpecException("core.spec.csp.counts");
        }
        for (double ratio : new double[] {expansion, bottleneck, blockRatio}) {
            if (!Double.isFinite(ratio) || ratio <= 0 || ratio > 64) {
                throw new SpecException("core.spec.csp.ratio", ratio);
            }
        }
        if (activation == null || activation.layerKind().category() != LayerKind.Category.ACTIVATION
                || activation.layerKind() == LayerKind.SOFTMAX) {
            throw new SpecException("core.spec.csp.activation", activation == null ? "none" : activation.type());
        }
        int expanded = channels(filters, expansion);
        int half = expanded - expanded / 2;
        if (expanded < 2 || channels(filters, blockRatio) != half || channels(half, bottleneck) < 1) {
            throw new SpecException("core.spec.csp.half", expanded, half, channels(filters, blockRatio));
        }
    }

    /** CSPDarknet53's stages 2-5: stride 2, conv_exp at the stage width, blocks at half of it, LeakyReLU 0.01. */
    public static CspStageSpec darknet(int filters, int blocks) {
        return new CspStageSpec(filters, blocks, 2, 1.0, 1.0, 0.5, new LeakyReluSpec(LeakyReluSpec.DEFAULT_SLOPE));
    }

    /** {@code rint(base * ratio)}, Python's {@code int(round(x))}; at least 0, below 2^31 by the checks above. */
    static int channels(int base, double ratio) {
        return (int) Math.min(Integer.MAX_VALUE, Math.rint(base * ratio));
    }

    /** Channels of conv_exp, {@code E}. */
    public int expandedChannels() {
        return channels(filters, expansion);
    }

    /** Channels of each block's output, {@code B}. */
    public int blockChannels() {
        return channels(filters, blockRatio);
    }

    /** Channels inside a block, {@code M}. */
    public int innerChannels() {
        return channels(blockChannels(), bottleneck);
    }

    public CspStageSpec withBlocks(int newBlocks) {
        return new CspStageSpec(filters, newBlocks, stride, expansion, bottleneck, blockRatio, activation);
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.CSP_STAGE;
    }

    @Override
    public String settings() {
        return blocks + " x " + blockChannels() + ">" + filters + " s" + stride;
    }

    @Override
    public Expansion expand(String name, List<String> inputs, Shape input) {
        NodeChain main = NodeChain.from(name, inputs.get(0));
        int expanded = expandedChannels();
        if (stride != 1) {
            unit(main, "conv_down", Conv2dSpec.of(filters, 3, stride, 1, false));
        }
        String split = unit(main, "conv_exp", Conv2dSpec.of(expanded, 1, 1, 0, false)).last();
        String cross = main.addReading("xs", new SliceSpec(0, expanded / 2), List.of(split)).last();
        main.addReading("xb", new SliceSpec(expanded / 2, expanded), List.of(split));
        for (int i = 0; i < blocks; i++) {
            String shortcut = main.last();
            unit(main, "blocks." + i + ".conv1", Conv2dSpec.of(innerChannels(), 1, 1, 0, false));
            unit(main, "blocks." + i + ".conv2", Conv2dSpec.of(blockChannels(), 3, 1, 1, false));
            main.addReading("blocks." + i + ".add", new AddSpec(), List.of(main.last(), shortcut));
        }
        unit(main, "conv_transition_b", Conv2dSpec.of(expanded / 2, 1, 1, 0, false));
        main.addReading("cat", new ConcatSpec(), List.of(cross, main.last()));
        return unit(main, "conv_transition", Conv2dSpec.of(filters, 1, 1, 0, false)).finish();
    }

    private NodeChain unit(NodeChain chain, String part, Conv2dSpec conv) {
        return chain.add(part + ".conv", conv).add(part + ".bn", BatchNormSpec.standard())
                .add(part + ".act", activation);
    }
}
