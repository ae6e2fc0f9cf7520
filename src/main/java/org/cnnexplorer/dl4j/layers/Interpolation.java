package org.cnnexplorer.dl4j.layers;

/**
 * The interpolation matrix of one axis of PyTorch's {@code nn.Upsample}: {@code A} is
 * {@code out x in}, and upsampling a {@code H x W} map {@code X} is {@code A_h . X . A_w^T}
 * (interpolation is separable), with gradient {@code A_h^T . dY . A_w}. Row {@code d} holds the
 * weights with which output index {@code d} reads the input:
 * <ul>
 * <li>nearest: 1 at {@code min(floor(d * in / out), in - 1)} (PyTorch's float index rule, so
 * 3 to 5 reads rows 0 0 1 1 2);</li>
 * <li>bilinear: source {@code s = max(0, (d + 0.5) * in / out - 0.5)}, or {@code s = d (in - 1) / (out - 1)}
 * with aligned corners, between {@code i0 = floor(s)} and {@code i1 = min(i0 + 1, in - 1)} with
 * weights {@code 1 - (s - i0)} and {@code s - i0} (2 to 4 reads 1, 0.75/0.25, 0.25/0.75, 1).</li>
 * </ul>
 */
final class Interpolation {

    private Interpolation() {
    }

    /** The {@code out x in} matrix, row-major. */
    static float[][] matrix(boolean bilinear, boolean alignCorners, int in, int out) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("sides are at least 1: " + in + " -> " + out);
        }
        float[][] weights = new float[out][in];
        for (int d = 0; d < out; d++) {
            if (bilinear) {
                bilinearRow(weights[d], alignCorners, in, out, d);
            } else {
                weights[d][nearest(in, out, d)] = 1;
            }
        }
        return weights;
    }

    /** PyTorch's {@code nearest_idx}, in float arithmetic as its kernel computes it. */
    static int nearest(int in, int out, int d) {
        float scale = (float) in / out;
        return Math.min((int) Math.floor(d * scale), in - 1);
    }

    private static void bilinearRow(float[] row, boolean alignCorners, int in, int out, int d) {
        float source;
        if (alignCorners) {
            source = out > 1 ? d * ((float) (in - 1) / (out - 1)) : 0;
        } else {
            source = Math.max(0, ((float) in / out) * (d + 0.5f) - 0.5f);
        }
        int low = Math.min((int) source, in - 1);
        int high = Math.min(low + 1, in - 1);
        float weight = source - low;
        row[low] += 1 - weight;
        row[high] += weight;
    }
}
