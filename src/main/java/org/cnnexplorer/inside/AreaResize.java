package org.cnnexplorer.inside;

/**
 * Resizing by area averaging: output pixel {@code (i, j)} of an {@code outH x outW} image covers the
 * input rectangle rows {@code [i h / outH, (i + 1) h / outH)}, columns likewise, and is the mean of the
 * input over it, each input pixel weighted by the part of it that lies inside. Separable: rows, then
 * columns. Shrinking averages (anti-aliasing), enlarging repeats with blended borders.
 */
final class AreaResize {

    private AreaResize() {
    }

    /**
     * The {@code height x width} crop at {@code (top, left)} of a {@code size}-wide grey raster, resized to
     * {@code outHeight x outWidth}.
     */
    static float[] apply(float[] raster, int size, int top, int left, int height, int width, int outHeight,
                         int outWidth) {
        double[][] rows = weights(height, outHeight);
        double[][] columns = weights(width, outWidth);
        double[] byRows = new double[outHeight * width];
        for (int i = 0; i < outHeight; i++) {
            for (int y = 0; y < height; y++) {
                if (rows[i][y] != 0) {
                    for (int x = 0; x < width; x++) {
                        byRows[i * width + x] += rows[i][y] * raster[(top + y) * size + left + x];
                    }
                }
            }
        }
        float[] out = new float[outHeight * outWidth];
        for (int i = 0; i < outHeight; i++) {
            for (int j = 0; j < outWidth; j++) {
                double sum = 0;
                for (int x = 0; x < width; x++) {
                    sum += columns[j][x] * byRows[i * width + x];
                }
                out[i * outWidth + j] = (float) sum;
            }
        }
        return out;
    }

    /** {@code w[i][k]}: the share of output cell {@code i} that input cell {@code k} covers; rows sum to 1. */
    static double[][] weights(int in, int out) {
        double[][] w = new double[out][in];
        double step = (double) in / out;
        for (int i = 0; i < out; i++) {
            double from = i * step;
            double to = (i + 1) * step;
            for (int k = (int) Math.floor(from); k < Math.min(in, (int) Math.ceil(to)); k++) {
                w[i][k] = (Math.min(to, k + 1) - Math.max(from, k)) / step;
            }
        }
        return w;
    }
}
