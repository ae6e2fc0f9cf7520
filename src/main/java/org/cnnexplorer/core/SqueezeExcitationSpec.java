package org.cnnexplorer.core;

import java.util.List;

/**
 * Squeeze-and-excitation (Hu et al. 2018), as torchvision's {@code SqueezeExcitation}: global
 * average pool ({@code avgpool}, {@code C x 1 x 1}), a 1x1 conv with bias down to {@code s}
 * channels ({@code fc1}), {@code activation}, a 1x1 conv with bias back up to {@code C}
 * ({@code fc2}), the {@code gate} ({@code scale_activation}: sigmoid, or MobileNet v3's hard
 * sigmoid) and the channel-wise product with the input ({@code scale}). The squeeze width is
 * {@code s = squeeze} when given, else {@code max(1, floor(C / reduction))}. Parameters
 * {@code 2 C s + s + C}; MACs {@code 2 C s}; the block keeps the input's shape.
 *
 * @param squeeze   the squeeze channels, or 0 to derive them from {@code reduction}
 * @param reduction the ratio {@code C / s} (SENet's r = 16), or 0 when {@code squeeze} is given
 */
public record SqueezeExcitationSpec(int squeeze, int reduction, Activation activation, Activation gate)
        implements BlockSpec {

    public SqueezeExcitationSpec {
        if (squeeze < 0 || reduction < 0 || (squeeze == 0) == (reduction == 0)) {
            throw new SpecException("core.spec.se.size");
        }
        if (activation == null || gate == null) {
            throw new SpecException("core.spec.se.parts");
        }
    }

    /** An SE block squeezing to {@code squeeze} channels, ReLU inside and a sigmoid gate (SENet, EfficientNet). */
    public static SqueezeExcitationSpec squeezingTo(int squeeze, Activation activation, Activation gate) {
        return new SqueezeExcitationSpec(squeeze, 0, activation, gate);
    }

    /** The squeeze width for {@code channels} input channels. */
    public int squeezeChannels(int channels) {
        return squeeze > 0 ? squeeze : Math.max(1, channels / reduction);
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.SQUEEZE_EXCITATION;
    }

    @Override
    public String settings() {
        return (squeeze > 0 ? "s" + squeeze : "r" + reduction) + " " + activation.id() + " " + gate.id();
    }

    @Override
    public Expansion expand(String name, List<String> inputs, Shape input) {
        String in = inputs.get(0);
        return NodeChain.from(name, in)
                .add("avgpool", AdaptiveAvgPoolSpec.global())
                .add("fc1", Conv2dSpec.of(squeezeChannels(input.channels()), 1, 1, 0, true))
                .add("activation", new ActivationSpec(activation))
                .add("fc2", Conv2dSpec.of(input.channels(), 1, 1, 0, true))
                .add("scale_activation", new ActivationSpec(gate))
                .addReading("scale", new MultiplySpec(), List.of(in, name + ".scale_activation"))
                .finish();
    }
}
