package org.cnnexplorer.core;

import java.util.List;

/**
 * A residual block (He et al. 2015) as in torchvision. {@code BASIC}: 3x3 conv, BN, ReLU, 3x3
 * conv, BN, output {@code width} channels. {@code BOTTLENECK}: 1x1 conv to {@code width}, 3x3,
 * 1x1 up to {@code 4 * width}, each with BN. The shortcut is the identity, or a 1x1 conv with
 * the block's stride plus BN (named {@code downsample}) when the stride is not 1 or the channel
 * count changes. Then add and ReLU. {@code strideOn3x3} places a bottleneck's stride on the 3x3
 * conv (ResNet v1.5, torchvision) rather than on the first 1x1 (v1, the paper). A bottleneck's
 * {@link Cardinality} splits its 3x3 conv into groups (ResNeXt): 1x1 to the inner width
 * {@code floor(width * widthPerGroup / 64) * groups}, grouped 3x3, 1x1 up to {@code 4 * width}.
 * An optional {@link SqueezeExcitationSpec} ({@code se}, SENet) scales the residual branch after
 * its last batch norm, before the addition; it is given by its reduction ratio.
 *
 * @param se the squeeze-and-excitation step, or null for none
 */
public record ResidualBlockSpec(Kind kind, int width, int stride, boolean strideOn3x3, Cardinality cardinality,
                                SqueezeExcitationSpec se) implements BlockSpec {

    /** The two block designs of the ResNet paper. */
    public enum Kind {
        BASIC(1), BOTTLENECK(4);

        private final int expansion;

        Kind(int expansion) {
            this.expansion = expansion;
        }

        /** Output channels per unit of width. */
        public int expansion() {
            return expansion;
        }

        public String id() {
            return name().toLowerCase();
        }
    }

    public ResidualBlockSpec {
        if (width < 1 || stride < 1) {
            throw new SpecException("core.spec.residual.block");
        }
        cardinality = cardinality == null ? Cardinality.STANDARD : cardinality;
        if (kind == Kind.BASIC && !cardinality.isStandard()) {
            throw new SpecException("core.spec.residual.groups");
        }
        if (se != null && se.squeeze() > 0) {
            throw new SpecException("core.spec.residual.se");
        }
    }

    /** A ResNet or ResNeXt block without squeeze-and-excitation. */
    public ResidualBlockSpec(Kind kind, int width, int stride, boolean strideOn3x3, Cardinality cardinality) {
        this(kind, width, stride, strideOn3x3, cardinality, null);
    }

    /** A ResNet block: one group, inner width = width. */
    public ResidualBlockSpec(Kind kind, int width, int stride, boolean strideOn3x3) {
        this(kind, width, stride, strideOn3x3, Cardinality.STANDARD);
    }

    /** {@code width * expansion}; a block wider than 2^31 - 1 channels is a problem when expanded. */
    public int outputChannels() {
        long channels = (long) width * kind.expansion();
        return channels <= Integer.MAX_VALUE ? (int) channels : Counts.dimension(Message.of("core.count.blockOutput",
                Counts.grouped(width), kind.expansion()), channels); // the message only when needed
    }

    @Override
    public LayerKind layerKind() {
        return kind == Kind.BASIC ? LayerKind.BASIC_BLOCK : LayerKind.BOTTLENECK;
    }

    @Override
    public String settings() {
        return width + (kind == Kind.BOTTLENECK ? ">" + (long) width * kind.expansion() : "") + " s" + stride
                + cardinality.settings() + (se == null ? "" : " SE/" + se.reduction());
    }

    @Override
    public Expansion expand(String name, List<String> inputs, Shape input) {
        String in = inputs.get(0);
        outputChannels(); // refuses a width whose output does not fit, before building anything
        NodeChain main = NodeChain.from(name, in);
        if (kind == Kind.BASIC) {
            convBn(main, "1", Conv2dSpec.of(width, 3, stride, 1, false)).add("relu1", relu());
            convBn(main, "2", Conv2dSpec.of(width, 3, 1, 1, false));
        } else {
            int firstStride = strideOn3x3 ? 1 : stride;
            int inner = cardinality.innerWidth(width);
            convBn(main, "1", Conv2dSpec.of(inner, 1, firstStride, 0, false)).add("relu1", relu());
            convBn(main, "2", grouped3x3(inner, stride / firstStride)).add("relu2", relu());
            convBn(main, "3", Conv2dSpec.of(outputChannels(), 1, 1, 0, false));
        }
        if (se != null) {
            main.add("se", se);
        }
        String residual = main.last();
        String shortcut = needsProjection(input) ? projection(main, in) : in;
        return main.addReading("add", new AddSpec(), List.of(residual, shortcut)).add("relu", relu()).finish();
    }

    private boolean needsProjection(Shape input) {
        return stride != 1 || input.channels() != outputChannels();
    }

    private String projection(NodeChain main, String input) {
        return main.branch("downsample", input)
                .add("0", Conv2dSpec.of(outputChannels(), 1, stride, 0, false))
                .add("1", BatchNormSpec.standard())
                .last();
    }

    private Conv2dSpec grouped3x3(int inner, int convStride) {
        return new Conv2dSpec(inner, Size2d.square(3), Size2d.square(convStride), Padding.of(1), Size2d.ONE,
                cardinality.groups(), false);
    }

    private static NodeChain convBn(NodeChain chain, String index, Conv2dSpec conv) {
        return chain.add("conv" + index, conv).add("bn" + index, BatchNormSpec.standard());
    }

    private static ActivationSpec relu() {
        return new ActivationSpec(Activation.RELU);
    }
}
