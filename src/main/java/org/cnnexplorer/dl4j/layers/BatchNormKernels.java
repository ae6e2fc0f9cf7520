package org.cnnexplorer.dl4j.layers;

import java.nio.FloatBuffer;

/**
 * Batch normalisation of an NCHW float batch during training, and its gradient, computed channel by
 * channel straight on the arrays' native memory.
 *
 * <p>With the batch statistics of channel c over its M = N*H*W values,
 * <pre>
 *   mean_c = sum x / M,   var_c = sum (x - mean_c)^2 / M   (biased, as DL4J keeps it),
 *   xhat   = (x - mean_c) / sqrt(var_c + eps),   y = f(gamma_c * xhat + beta_c)
 * </pre>
 * with f the identity, ReLU or ReLU6. Backward, with g = dL/dy masked by f' (1 where
 * {@code 0 < y < 6} for ReLU6, {@code y > 0} for ReLU):
 * <pre>
 *   dbeta_c  = sum g,   dgamma_c = sum g * xhat,
 *   dx       = gamma_c / sqrt(var_c + eps) * (g - dbeta_c / M - xhat * dgamma_c / M)
 * </pre>
 * the full gradient through the batch statistics, which is what libnd4j's {@code batchnorm_bp}
 * returns. Sums run in double in a fixed order per channel, so the result does not depend on the
 * number of threads.
 *
 * <p>Why not libnd4j: its {@code batchnorm} op takes the statistics as inputs, so DL4J computes them
 * with separate mean and variance reductions (the variance is a slow, scalar "summary statistics"
 * kernel), and {@code batchnorm_bp} corrects oneDNN's gradient in a loop of its own. Measured on
 * MobileNet v2 at 3x32x32 (decision 0005), batch normalisation was 39 % of a training step; one pass
 * per statistic here costs a third to a fifth of those ops.
 */
final class BatchNormKernels {

    /** The activation folded into the layer. */
    enum Clamp {
        NONE, RELU, RELU6;

        float apply(float v) {
            return switch (this) {
                case NONE -> v;
                case RELU -> Math.max(v, 0f);
                case RELU6 -> Math.min(Math.max(v, 0f), 6f);
            };
        }

        /**
         * {@code g} where f'(pre) is 1, else 0, without a branch: a branch on the sign of the
         * pre-activation mispredicts about half the time and tripled the cost of the backward pass.
         * (A NaN pre-activation keeps g; the loss guard stops such a run anyway.)
         */
        float mask(float pre, float g) {
            return switch (this) {
                case NONE -> g;
                case RELU -> keepIf(positive(pre), g);
                case RELU6 -> keepIf(positive(pre) & positive(6f - pre), g);
            };
        }

        /** All ones when {@code v > 0}, else 0 (also for -0.0): the sign bits of ~bits and -bits. */
        private static int positive(float v) {
            int bits = Float.floatToRawIntBits(v);
            return (~bits & -bits) >> 31;
        }

        private static float keepIf(int mask, float g) {
            return Float.intBitsToFloat(Float.floatToRawIntBits(g) & mask);
        }
    }

    /** Below this many values a layer runs on the calling thread. */
    private static final long PARALLEL_VALUES = 1 << 16;

    private final int batch;
    private final int channels;
    private final int positions;

    /**
     * @param batch     N
     * @param channels  C
     * @param positions H*W
     */
    BatchNormKernels(int batch, int channels, int positions) {
        this.batch = batch;
        this.channels = channels;
        this.positions = positions;
    }

    /**
     * Normalises {@code x} into {@code y} with the batch statistics, which it writes into
     * {@code mean} and {@code variance} (biased).
     */
    void forward(FloatBuffer x, float[] gamma, float[] beta, double eps, Clamp clamp, FloatBuffer y,
                 float[] mean, float[] variance) {
        double count = (double) batch * positions;
        eachChannel(c -> {
            double sum = 0;
            for (int n = 0; n < batch; n++) {
                int base = offset(n, c);
                for (int j = 0; j < positions; j++) {
                    sum += x.get(base + j);
                }
            }
            float m = (float) (sum / count);
            double squares = 0;
            for (int n = 0; n < batch; n++) {
                int base = offset(n, c);
                for (int j = 0; j < positions; j++) {
                    float d = x.get(base + j) - m;
                    squares += d * d;
                }
            }
            mean[c] = m;
            variance[c] = (float) (squares / count);
            float scale = scale(gamma[c], variance[c], eps);
            normalize(x, c, scale, beta[c] - m * scale, clamp, y);
        });
    }

    private void normalize(FloatBuffer x, int c, float scale, float shift, Clamp clamp, FloatBuffer y) {
        for (int n = 0; n < batch; n++) {
            int base = offset(n, c);
            for (int j = 0; j < positions; j++) {
                y.put(base + j, clamp.apply(x.get(base + j) * scale + shift));
            }
        }
    }

    /**
     * Normalises {@code x} into {@code y} with fixed statistics, as at inference:
     * <pre>
     *   y[n, c, j] = clamp(x[n, c, j] * scale[c] + shift[c]),   scale = gamma / sqrt(var + eps),
     *                                                        shift = beta - mean * scale
     * </pre>
     * One read and one write of every value; each map goes through a Java array so that the loop
     * vectorises (a loop on the buffer itself does not), one array per part of the channels ({@link WorkParts}).
     */
    void inference(FloatBuffer x, float[] scale, float[] shift, Clamp clamp, FloatBuffer y) {
        WorkParts.run(channels, large(), (from, to) -> {
            float[] row = new float[positions];
            for (int c = from; c < to; c++) {
                for (int n = 0; n < batch; n++) {
                    int base = offset(n, c);
                    x.get(base, row, 0, positions);
                    normalise(row, positions, scale[c], shift[c], clamp);
                    y.put(base, row, 0, positions);
                }
            }
        });
    }

    /** {@code row[j] = clamp(row[j] * s + b)} for the first {@code length} values. */
    private static void normalise(float[] row, int length, float s, float b, Clamp clamp) {
        switch (clamp) {
            case NONE -> {
                for (int j = 0; j < length; j++) {
                    row[j] = row[j] * s + b;
                }
            }
            case RELU -> {
                for (int j = 0; j < length; j++) {
                    row[j] = Math.max(row[j] * s + b, 0f);
                }
            }
            case RELU6 -> {
                for (int j = 0; j < length; j++) {
                    row[j] = Math.min(Math.max(row[j] * s + b, 0f), 6f);
                }
            }
        }
    }

    /** Whether the maps are large enough to split over the common pool (65,536 values). */
    private boolean large() {
        return (long) batch * channels * positions >= PARALLEL_VALUES;
    }

    /**
     * Writes dL/dx into {@code dx} and the gradients of gamma and beta, from the output gradient
     * {@code dy} and the statistics {@link #forward} found.
     */
    void backward(FloatBuffer x, FloatBuffer dy, float[] gamma, float[] beta, float[] mean, float[] variance,
                  double eps, Clamp clamp, FloatBuffer dx, float[] dGamma, float[] dBeta) {
        double count = (double) batch * positions;
        eachChannel(c -> {
            float m = mean[c];
            double invStd = 1 / Math.sqrt(variance[c] + eps);
            float scale = scale(gamma[c], variance[c], eps);
            float shift = beta[c] - m * scale;
            double sumG = 0;
            double sumGx = 0;
            for (int n = 0; n < batch; n++) {
                int base = offset(n, c);
                for (int j = 0; j < positions; j++) {
                    float xv = x.get(base + j);
                    float g = clamp.mask(xv * scale + shift, dy.get(base + j));
                    sumG += g;
                    sumGx += g * (xv - m);
                }
            }
            dBeta[c] = (float) sumG;
            dGamma[c] = (float) (sumGx * invStd);
            float meanG = (float) (sumG / count);
            float projection = (float) (sumGx * invStd * invStd / count);
            for (int n = 0; n < batch; n++) {
                int base = offset(n, c);
                for (int j = 0; j < positions; j++) {
                    float xv = x.get(base + j);
                    float g = clamp.mask(xv * scale + shift, dy.get(base + j));
                    dx.put(base + j, scale * (g - meanG - (xv - m) * projection));
                }
            }
        });
    }

    /**
     * gamma / sqrt(var + eps), from the stored (float) variance in both passes, so the backward pass
     * masks exactly the values the forward pass's ReLU cut.
     */
    static float scale(float gamma, float variance, double eps) {
        return (float) (gamma * (1 / Math.sqrt(variance + eps)));
    }

    /** Where image n's map of channel c starts. */
    private int offset(int n, int c) {
        return (n * channels + c) * positions;
    }

    /** Runs {@code body} for every channel, split over the common pool as {@link #inference} is ({@link WorkParts}). */
    private void eachChannel(java.util.function.IntConsumer body) {
        WorkParts.run(channels, large(), (from, to) -> {
            for (int c = from; c < to; c++) {
                body.accept(c);
            }
        });
    }
}
