package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.List;

/**
 * FCN-8s's skip head (Long, Shelhamer and Darrell 2015, the voc-fcn8s Caffe model): "2x, add, 2x,
 * add, 8x". It reads four inputs, in this order: the last features (fc7's output, stride 32), pool4
 * (stride 16), pool3 (stride 8) and the image, and scores each pixel of the image in
 * {@code filters} classes:
 * <ol>
 *   <li>{@code score_fr}: 1x1 conv with bias of the features to {@code filters} scores;
 *       {@code upscore2}: 4x4 transposed conv, stride 2, no bias ({@code 2 h + 2});</li>
 *   <li>{@code score_pool4}: 1x1 conv of pool4, {@code score_pool4c} its centre crop to
 *       {@code upscore2}'s size, {@code fuse_pool4} their sum; {@code upscore_pool4}: 2x again;</li>
 *   <li>{@code score_pool3}, {@code score_pool3c}, {@code fuse_pool3} the same with pool3;</li>
 *   <li>{@code upscore8}: 16x16 transposed conv, stride 8, no bias, fixed to bilinear interpolation
 *       (not trainable); {@code score}: its centre crop to the image's size, the output.</li>
 * </ol>
 * With {@code K = filters}, {@code C7}, {@code C4}, {@code C3} the inputs' channels: parameters
 * {@code (C7 + C4 + C3 + 3) K + 2 x 16 K^2 + 256 K^2} (the last fixed); MACs those of the three 1x1
 * convs and the three transposed convs ({@code H_in W_in K K k^2} each). The crops are centred
 * (Caffe crops at offsets 5, 9 and 31, which give the same sizes).
 */
public record FcnHeadSpec(int filters) implements BlockSpec {

    /** The inputs: the last features, pool4, pool3 and the image. */
    public static final int INPUTS = 4;
    /** Layers of the expansion: three scores, three upsamplings, three crops, two adds. */
    public static final int LAYERS = 11;

    public FcnHeadSpec {
        if (filters < 1) {
            throw new SpecException("arch.fcnHead.filters", filters);
        }
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.FCN_HEAD;
    }

    @Override
    public String settings() {
        return "2x, add, 2x, add, 8x >" + filters;
    }

    @Override
    public Expansion expand(String name, List<String> inputs, Shape input) {
        if (inputs.size() != INPUTS) {
            throw new ShapeException("arch.fcnHead.inputs", inputs.size());
        }
        List<NodeSpec> nodes = new ArrayList<>();
        String up2 = skip(name, nodes, inputs.get(0), null, "fr", "upscore2");
        String up4 = skip(name, nodes, inputs.get(1), up2, "pool4", "upscore_pool4");
        String up8 = skip(name, nodes, inputs.get(2), up4, "pool3", null);
        nodes.add(new NodeSpec(name + ".upscore8", ConvTranspose2dSpec.of(filters, 16, 8, 0, false),
                List.of(up8), false));
        nodes.add(new NodeSpec(name + ".score", new CropSpec(null), List.of(name + ".upscore8", inputs.get(3)), true));
        return new Expansion(nodes, name + ".score");
    }

    /**
     * {@code score_<at>} of {@code source}, fused with {@code upsampled} (cropped to its size and added)
     * when given, then upsampled 2x into {@code next} when given; returns the last node's name.
     */
    private String skip(String name, List<NodeSpec> nodes, String source, String upsampled, String at,
                        String next) {
        String score = name + ".score_" + at;
        nodes.add(new NodeSpec(score, Conv2dSpec.of(filters, 1, 1, 0, true), List.of(source), true));
        String last = score;
        if (upsampled != null) {
            nodes.add(new NodeSpec(score + "c", new CropSpec(null), List.of(score, upsampled), true));
            last = name + ".fuse_" + at;
            nodes.add(new NodeSpec(last, new AddSpec(), List.of(upsampled, score + "c"), true));
        }
        if (next != null) {
            nodes.add(new NodeSpec(name + "." + next, ConvTranspose2dSpec.of(filters, 4, 2, 0, false),
                    List.of(last), true));
            last = name + "." + next;
        }
        return last;
    }
}
