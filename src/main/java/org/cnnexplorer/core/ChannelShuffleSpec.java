package org.cnnexplorer.core;

/**
 * Channel shuffle (ShuffleNet, Zhang et al. 2018): the channels, read as {@code groups} rows of
 * {@code C / groups}, are transposed, so that the next grouped convolution mixes every group.
 * PyTorch: {@code x.view(n, g, c / g, h, w).transpose(1, 2).reshape(n, c, h, w)}. Output shape
 * equals the input's; no parameters or arithmetic.
 */
public record ChannelShuffleSpec(int groups) implements LayerSpec {

    public ChannelShuffleSpec {
        if (groups < 1) {
            throw new SpecException("core.spec.groups");
        }
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.CHANNEL_SHUFFLE;
    }

    @Override
    public String settings() {
        return "g" + groups;
    }

    @Override
    public Shape outputShape(LayerInputs inputs) {
        Shape in = inputs.shape();
        SlidingWindow.requireFeatureMap(in, "channel-shuffle");
        if (in.channels() % groups != 0) {
            throw new ShapeException("problem.shuffle.groups", groups, in.channels(), inputs.describe(0));
        }
        return in;
    }
}
