package org.cnnexplorer.data;

/**
 * Bilinear resizing of channel-major images ({@code channels x height x width} floats), as
 * PyTorch's {@code F.interpolate(mode="bilinear", align_corners=False)} without antialiasing:
 * output pixel {@code d} of an axis samples the input at
 * {@code s = max(0, (d + 0.5) * in / out - 0.5)}, between input pixels {@code i0 = floor(s)} and
 * {@code i1 = min(i0 + 1, in - 1)} with weights {@code 1 - (s - i0)} and {@code s - i0}; the
 * two axes are interpolated one after the other. Enlarging 2x2 to 4x4 turns the row
 * {@code 1 2} into {@code 1 1.25 1.75 2}. The sampling tables are computed once per size pair.
 */
public final class BilinearResize {

    private final int inHeight;
    private final int inWidth;
    private final int outHeight;
    private final int outWidth;
    private final int[] rowLow;
    private final int[] rowHigh;
    private final float[] rowWeight;
    private final int[] colLow;
    private final int[] colHigh;
    private final float[] colWeight;

    /** A resize from {@code inHeight x inWidth} to {@code outHeight x outWidth}; every side at least 1. */
    public BilinearResize(int inHeight, int inWidth, int outHeight, int outWidth) {
        if (inHeight < 1 || inWidth < 1 || outHeight < 1 || outWidth < 1) {
            throw new IllegalArgumentException("image sides are at least 1: " + inHeight + "x" + inWidth + " -> "
                    + outHeight + "x" + outWidth);
        }
        this.inHeight = inHeight;
        this.inWidth = inWidth;
        this.outHeight = outHeight;
        this.outWidth = outWidth;
        rowLow = new int[outHeight];
        rowHigh = new int[outHeight];
        rowWeight = new float[outHeight];
        colLow = new int[outWidth];
        colHigh = new int[outWidth];
        colWeight = new float[outWidth];
        table(inHeight, outHeight, rowLow, rowHigh, rowWeight);
        table(inWidth, outWidth, colLow, colHigh, colWeight);
    }

    /** For each output index: the two input indices and the weight of the second. */
    private static void table(int in, int out, int[] low, int[] high, float[] weight) {
        double scale = (double) in / out;
        for (int d = 0; d < out; d++) {
            double source = Math.max(0, (d + 0.5) * scale - 0.5);
            int i0 = Math.min((int) source, in - 1);
            low[d] = i0;
            high[d] = Math.min(i0 + 1, in - 1);
            weight[d] = (float) (source - i0);
        }
    }

    /** Values per output image: {@code channels * outHeight * outWidth}. */
    public int outputSize(int channels) {
        return channels * outHeight * outWidth;
    }

    /**
     * Resizes one image of {@code channels} planes from {@code source[sourceOffset ..]} into
     * {@code dest[destOffset ..]}.
     */
    public void apply(float[] source, int sourceOffset, int channels, float[] dest, int destOffset) {
        int inPlane = inHeight * inWidth;
        int outPlane = outHeight * outWidth;
        for (int c = 0; c < channels; c++) {
            int in = sourceOffset + c * inPlane;
            int out = destOffset + c * outPlane;
            for (int y = 0; y < outHeight; y++) {
                int top = in + rowLow[y] * inWidth;
                int bottom = in + rowHigh[y] * inWidth;
                float wy = rowWeight[y];
                for (int x = 0; x < outWidth; x++) {
                    float wx = colWeight[x];
                    float upper = source[top + colLow[x]] * (1 - wx) + source[top + colHigh[x]] * wx;
                    float lower = source[bottom + colLow[x]] * (1 - wx) + source[bottom + colHigh[x]] * wx;
                    dest[out + y * outWidth + x] = upper * (1 - wy) + lower * wy;
                }
            }
        }
    }

    /** One image resized into a new array. */
    public float[] apply(float[] source, int channels) {
        float[] dest = new float[outputSize(channels)];
        apply(source, 0, channels, dest, 0);
        return dest;
    }
}
