package org.cnnexplorer.dl4j.layers;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The backward pass of a depthwise convolution on small output maps, as direct sums over the few
 * positions of each map.
 *
 * <p>oneDNN's depthwise kernel ({@code jit_dw}) has no weight gradient for maps of 2x2 and 1x1 and
 * falls back to a grouped GEMM that costs a fifth of a MobileNet v2 step at 32x32 for a thousandth of
 * its arithmetic (decision 0005); building the same sums from ND4J ops costs more than that in
 * per-op overhead. On maps of a few positions the arithmetic is a few hundred thousand
 * multiply-adds, so it is done here in one pass over copies of the arrays. With the input x,
 * kernel k, stride s, padding p, dilation d, depth multiplier M and the output gradient
 * {@code G[n, c*M + m, oh, ow]} (rows and columns alike, positions outside the map skipped):
 * <pre>
 *   dW[i, j, c, m] = sum over n, oh, ow of x[n, c, oh*s - p + i*d, ow*s - p + j*d] * G[n, c*M + m, oh, ow]
 *   dx[n, c, h, w] = sum over i, j, m, oh, ow with h = oh*s - p + i*d, w = ow*s - p + j*d
 *                    of W[i, j, c, m] * G[n, c*M + m, oh, ow]
 *   db[c*M + m]    = sum over n, oh, ow of G[n, c*M + m, oh, ow]
 * </pre>
 * The sums run in a fixed order, so results are deterministic; they equal oneDNN's within float rounding.
 */
final class SmallMapDepthwiseBackward {

    private final int[] window;
    private final int batch;
    private final int channels;
    private final int multiplier;
    private final int inH;
    private final int inW;
    private final int outH;
    private final int outW;

    private SmallMapDepthwiseBackward(INDArray input, INDArray weights, INDArray delta, int[] window) {
        this.window = window;
        this.batch = (int) input.size(0);
        this.channels = (int) input.size(1);
        this.multiplier = (int) weights.size(3);
        this.inH = (int) input.size(2);
        this.inW = (int) input.size(3);
        this.outH = (int) delta.size(2);
        this.outW = (int) delta.size(3);
    }

    /**
     * Writes the gradients of a depthwise convolution (NCHW, weights {@code [kH, kW, C, M]}) into
     * the given arrays; {@code biasGrad} may be null.
     *
     * @param window libnd4j's convolution arguments: kernel, stride, padding, dilation (height, width each)
     */
    static void backward(INDArray input, INDArray weights, INDArray delta, int[] window, INDArray inputGrad,
                         INDArray weightGrad, INDArray biasGrad) {
        SmallMapDepthwiseBackward pass = new SmallMapDepthwiseBackward(input, weights, delta, window);
        float[] x = floats(input);
        float[] w = floats(weights);
        float[] g = floats(delta);
        float[] dx = new float[x.length];
        float[] dw = new float[w.length];
        pass.sums(x, w, g, dx, dw);
        inputGrad.assign(Nd4j.createFromArray(dx).reshape('c', input.shape()));
        weightGrad.assign(Nd4j.createFromArray(dw).reshape('c', weights.shape()));
        if (biasGrad != null) {
            delta.sum(biasGrad.reshape(biasGrad.length()), 0, 2, 3);
        }
    }

    private static float[] floats(INDArray array) {
        return array.castTo(DataType.FLOAT).dup('c').data().asFloat(); // a fresh buffer of exactly its elements
    }

    private void sums(float[] x, float[] w, float[] g, float[] dx, float[] dw) {
        int taps = window[0] * window[1];
        for (int n = 0; n < batch; n++) {
            for (int c = 0; c < channels; c++) {
                int image = (n * channels + c) * inH * inW;
                for (int m = 0; m < multiplier; m++) {
                    int grad = (n * channels * multiplier + c * multiplier + m) * outH * outW;
                    for (int tap = 0; tap < taps; tap++) {
                        int weight = (tap * channels + c) * multiplier + m;
                        tap(x, g, dx, dw, image, grad, weight, tap, w[weight]);
                    }
                }
            }
        }
    }

    /** One kernel tap of one image, channel and multiplier over every output position. */
    private void tap(float[] x, float[] g, float[] dx, float[] dw, int image, int grad, int weight, int tap,
                     float weightValue) {
        int i = tap / window[1];
        int j = tap % window[1];
        float sum = 0;
        for (int oh = 0; oh < outH; oh++) {
            int h = oh * window[2] - window[4] + i * window[6];
            if (h < 0 || h >= inH) {
                continue;
            }
            for (int ow = 0; ow < outW; ow++) {
                int col = ow * window[3] - window[5] + j * window[7];
                if (col >= 0 && col < inW) {
                    float gradient = g[grad + oh * outW + ow];
                    sum += x[image + h * inW + col] * gradient;
                    dx[image + h * inW + col] += weightValue * gradient;
                }
            }
        }
        dw[weight] += sum;
    }
}
