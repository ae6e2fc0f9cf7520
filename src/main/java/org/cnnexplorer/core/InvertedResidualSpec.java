package org.cnnexplorer.core;

import java.util.List;

/**
 * An inverted residual block, MBConv (Sandler et al. 2018; Howard et al. 2019; Tan and Le 2019),
 * as torchvision's MobileNet v2, v3 and EfficientNet build it. From {@code C} input channels the
 * hidden width is {@code E = expandedChannels} when given, else {@code C * expansion}:
 * <ol>
 *   <li>expand: 1x1 conv to {@code E}, batch norm, activation (left out when {@code E == C});</li>
 *   <li>depthwise {@code k x k} conv (groups {@code E}, padding {@code (k-1)/2}, the block's stride),
 *       batch norm, activation;</li>
 *   <li>optional {@link SqueezeExcitationSpec} on the {@code E} channels;</li>
 *   <li>project: 1x1 conv to {@code filters}, batch norm, no activation (the linear bottleneck);</li>
 *   <li>{@code add} of the input when {@code stride == 1} and {@code C == filters}. EfficientNet's
 *       stochastic depth (drop-connect) is the identity at inference and has no layer.</li>
 * </ol>
 * Convs have no bias; every batch norm has {@code epsilon}. Parameters
 * {@code C E + k^2 E + E filters} plus batch norm ({@code 2 E + 2 E + 2 filters}) and the SE
 * block's; MACs {@code H W C E + H' W' E (k^2 + filters)} and the SE block's.
 *
 * <p>Names follow torchvision. {@link Layout#MBCONV} (MobileNet v3, EfficientNet): each step is a
 * module of {@code block}: {@code block.0.0} conv, {@code .1} batch norm, {@code .2} activation,
 * the SE block its own step, the projection {@code block.N.0} and {@code .1}.
 * {@link Layout#MOBILENET_V2}: the steps of {@code conv}, the projection conv and its batch norm
 * two steps of their own ({@code conv.2}, {@code conv.3}); it has no SE block.
 *
 * @param expansion        the ratio {@code E / C} (the papers' t), or 0 when {@code expandedChannels} is given
 * @param expandedChannels the hidden width {@code E} (MobileNet v3's "exp size"), or 0 to use {@code expansion}
 * @param se               the squeeze-and-excitation step, or null for none
 */
public record InvertedResidualSpec(int filters, int kernel, int stride, int expansion, int expandedChannels,
                                   Activation activation, SqueezeExcitationSpec se, double epsilon, Layout layout)
        implements BlockSpec {

    /** Which torchvision module layout, and so which names, the expansion follows. */
    public enum Layout {
        /** torchvision's MobileNet v3 {@code InvertedResidual} and EfficientNet {@code MBConv}. */
        MBCONV("mbconv"),
        /** torchvision's MobileNet v2 {@code InvertedResidual}. */
        MOBILENET_V2("mobilenet-v2");

        private final String id;

        Layout(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public InvertedResidualSpec {
        if (filters < 1 || kernel < 1 || stride < 1 || expansion < 0 || expandedChannels < 0
                || (expansion == 0) == (expandedChannels == 0)) {
            throw new SpecException("core.spec.invertedResidual.counts");
        }
        if (activation == null || layout == null) {
            throw new SpecException("core.spec.invertedResidual.parts");
        }
        if (se != null && layout == Layout.MOBILENET_V2) {
            throw new SpecException("core.spec.invertedResidual.se");
        }
    }

    /** The hidden width for {@code channels} input channels: {@code expandedChannels} or {@code channels x t}. */
    public int hiddenChannels(int channels) {
        return expandedChannels > 0 ? expandedChannels
                : Counts.dimension(Message.of("core.count.expanded", channels, expansion),
                        (long) channels * expansion);
    }

    /** Whether the input is added to the output: stride 1 and as many channels out as in. */
    public boolean residual(int channels) {
        return stride == 1 && channels == filters;
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.INVERTED_RESIDUAL;
    }

    @Override
    public String settings() {
        return (expandedChannels > 0 ? "e" + expandedChannels : "t" + expansion) + " " + kernel + "x" + kernel
                + " s" + stride + " >" + filters + (se == null ? "" : " SE");
    }

    @Override
    public Expansion expand(String name, List<String> inputs, Shape input) {
        String in = inputs.get(0);
        int hidden = hiddenChannels(input.channels());
        String at = layout == Layout.MOBILENET_V2 ? "conv." : "block.";
        NodeChain chain = NodeChain.from(name, in);
        int step = 0;
        if (hidden != input.channels()) {
            convUnit(chain, at + step++, Conv2dSpec.of(hidden, 1, 1, 0, false), true);
        }
        convUnit(chain, at + step++, new Conv2dSpec(hidden, Size2d.square(kernel), Size2d.square(stride),
                Padding.of((kernel - 1) / 2), Size2d.ONE, hidden, false), true);
        if (se != null) {
            chain.add(at + step++, se);
        }
        Conv2dSpec project = Conv2dSpec.of(filters, 1, 1, 0, false);
        if (layout == Layout.MOBILENET_V2) {
            chain.add(at + step, project).add(at + (step + 1), new BatchNormSpec(epsilon));
        } else {
            convUnit(chain, at + step, project, false);
        }
        if (residual(input.channels())) {
            chain.addReading("add", new AddSpec(), List.of(chain.last(), in));
        }
        return chain.finish();
    }

    /** Conv and batch norm named {@code <step>.0} and {@code .1}, and the activation {@code .2} when activated. */
    private void convUnit(NodeChain chain, String step, Conv2dSpec conv, boolean activated) {
        chain.add(step + ".0", conv).add(step + ".1", new BatchNormSpec(epsilon));
        if (activated) {
            chain.add(step + ".2", new ActivationSpec(activation));
        }
    }
}
