package org.cnnexplorer.dl4j.layers;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A grouped convolution's weights {@code [out, in/g, kh, kw]} as the plain weights
 * {@code [out, in, kh, kw]} that are zero between groups: {@code full[o, i] = w[o, i mod in/g]}
 * where {@code o / (out/g) == i / (in/g)}, else 0. A plain convolution with them computes the
 * grouped one at {@code g} times the work, in one call instead of {@code g}; the weight gradient
 * is the diagonal blocks of the plain gradient. The 0/1 mask is built once per layer.
 */
final class BlockDiagonal {

    /** Largest plain weight array (elements) worth trying; above it the g-fold work cannot pay. */
    static final long MAX_ELEMENTS = 4L << 20;

    private final int groups;
    private final INDArray mask;

    BlockDiagonal(long[] groupedShape, int groups, DataType dataType) {
        this.groups = groups;
        long out = groupedShape[0];
        long channels = groupedShape[1] * groups;
        int window = (int) (groupedShape[2] * groupedShape[3]);
        float[] values = new float[Math.toIntExact(out * channels * window)];
        for (long o = 0; o < out; o++) {
            for (long i = 0; i < channels; i++) {
                if (o / (out / groups) == i / groupedShape[1]) {
                    java.util.Arrays.fill(values, (int) ((o * channels + i) * window),
                            (int) ((o * channels + i + 1) * window), 1f);
                }
            }
        }
        // kept across steps, so outside DL4J's per-step workspaces
        this.mask = Nd4j.create(values, new long[] {out, channels, groupedShape[2], groupedShape[3]}, 'c')
                .castTo(dataType).detach();
    }

    /** Whether the plain weights of a layer are small enough to try this route. */
    static boolean worthTrying(long[] groupedShape, int groups) {
        return groups > 1 && groupedShape[0] * groupedShape[1] * groups * groupedShape[2] * groupedShape[3]
                <= MAX_ELEMENTS;
    }

    /** The plain weights: the grouped ones tiled across the groups' channels, masked. */
    INDArray expand(INDArray grouped) {
        return Nd4j.tile(grouped, 1, groups, 1, 1).muli(mask);
    }

    /** Writes the diagonal blocks of a plain weight gradient into the grouped gradient. */
    void diagonal(INDArray fullGradient, INDArray groupedGradient) {
        long out = fullGradient.size(0);
        INDArray blocks = fullGradient.muli(mask).reshape('c', out, groups, groupedGradient.length() / out);
        groupedGradient.assign(blocks.sum(1).reshape('c', groupedGradient.shape()));
    }
}
