package org.cnnexplorer.core;

import java.util.List;

/**
 * A depthwise-separable convolution (Sifre 2014; Chollet 2017; Howard et al. 2017): a depthwise
 * {@code k x k} conv with one filter per input channel ({@code conv1}, groups {@code C}, padding
 * {@code d(k-1)/2}, the block's stride and dilation) and a pointwise 1x1 conv to {@code filters}
 * channels ({@code pointwise}), as the {@code SeparableConv2d} of Xception's reference code. With
 * {@code batchNorm} each conv is followed by batch norm ({@code bn1}, {@code bn2}) and, unless
 * {@code activation} is null, the activation ({@code act1}, {@code act2}): MobileNet v1's unit.
 * Convs have no bias. Parameters {@code C k^2 + C filters} (plus {@code 2 (C + filters)} for batch
 * norm); MACs {@code H' W' C (k^2 + filters)}, against {@code H' W' C k^2 filters} for a full conv.
 *
 * @param activation the function after each batch norm, or null for none (Xception's bare pair)
 */
public record SeparableSpec(int filters, int kernel, int stride, int dilation, boolean batchNorm,
                            Activation activation) implements BlockSpec {

    public SeparableSpec {
        if (filters < 1 || kernel < 1 || stride < 1 || dilation < 1) {
            throw new SpecException("core.spec.separable");
        }
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.SEPARABLE;
    }

    @Override
    public String settings() {
        return kernel + "x" + kernel + " s" + stride + (dilation == 1 ? "" : " d" + dilation) + " >" + filters;
    }

    @Override
    public Expansion expand(String name, List<String> inputs, Shape input) {
        int channels = input.channels();
        Conv2dSpec depthwise = new Conv2dSpec(channels, Size2d.square(kernel), Size2d.square(stride),
                Padding.of(dilation * (kernel - 1) / 2), Size2d.square(dilation), channels, false);
        NodeChain chain = NodeChain.from(name, inputs.get(0)).add("conv1", depthwise);
        normalise(chain, "1");
        chain.add("pointwise", Conv2dSpec.of(filters, 1, 1, 0, false));
        return normalise(chain, "2").finish();
    }

    private NodeChain normalise(NodeChain chain, String index) {
        if (batchNorm) {
            chain.add("bn" + index, BatchNormSpec.standard());
        }
        return activation == null ? chain : chain.add("act" + index, new ActivationSpec(activation));
    }
}
