package org.cnnexplorer.dl4j.layers;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Max and average pooling of NCHW float maps, both passes, one map at a time through Java arrays.
 * A window of output (oh, ow) reads the positions (h, w) = (oh*sH - pH + i*dH, ow*sW - pW + j*dW),
 * 0 &lt;= i &lt; kH, 0 &lt;= j &lt; kW, that lie inside the map (padding is left out):
 * <pre>
 *   max:      y = the largest x in the window;   dx[h, w] += dy where (h, w) is that maximum
 *   average:  y = (sum of x in the window) / D;  dx[h, w] += dy / D for every (h, w) in the window
 *             D = kH*kW (padding counted in the divisor) or the number of positions read
 * </pre>
 * A window's maximum is its first largest value in row-major order (a strict {@code >} from minus
 * infinity), as oneDNN's pooling and PyTorch choose it; the backward pass finds it again from the
 * input instead of keeping it, as libnd4j's {@code maxpool2d_bp} does. A window wholly in the padding
 * gives minus infinity (max) or 0 (average); no torchvision network has one.
 *
 * <p>Why: for NCHW maps oneDNN runs its plain {@code simple_nchw} pooling where the machine has no
 * AVX-512, and its backward pass pools again first; on the 2-core AMD machine without AVX-512 these
 * loops took a quarter to a third of its time (decision 0005). Where oneDNN has a fast kernel it
 * wins, so {@link TunedPooling} times both.
 */
final class PoolKernels {

    /** Below this many input values a layer runs on the calling thread. */
    private static final long PARALLEL_VALUES = 1 << 16;

    private final boolean average;
    private final boolean padInDivisor;
    private final int maps;
    private final int inH;
    private final int inW;
    private final int outH;
    private final int outW;
    private final int[] window;

    /**
     * @param average      average pooling; else max pooling
     * @param padInDivisor (average) divide by kH*kW; else by the number of positions read
     * @param maps         N*C, the number of maps
     * @param in           the input's height and width
     * @param out          the output's height and width
     * @param window       kernel, stride, top/left padding and dilation, each as height, width
     */
    PoolKernels(boolean average, boolean padInDivisor, int maps, int[] in, int[] out, int[] window) {
        this.average = average;
        this.padInDivisor = padInDivisor;
        this.maps = maps;
        this.inH = in[0];
        this.inW = in[1];
        this.outH = out[0];
        this.outW = out[1];
        this.window = window.clone();
    }

    /** Pools {@code x} into {@code y}. */
    void forward(FloatBuffer x, FloatBuffer y) {
        eachMap(() -> new float[][] {new float[inH * inW], new float[outH * outW]}, (m, scratch) -> {
            float[] in = scratch[0];
            float[] out = scratch[1];
            x.get(m * in.length, in);
            pool(in, out, null);
            y.put(m * out.length, out);
        });
    }

    /** Writes into {@code dx} the output gradient {@code dy} routed back through the windows of {@code x}. */
    void backward(FloatBuffer x, FloatBuffer dy, FloatBuffer dx) {
        eachMap(() -> new float[][] {new float[inH * inW], new float[outH * outW], new float[inH * inW]},
                (m, scratch) -> {
                    float[] in = scratch[0];
                    float[] g = scratch[1];
                    float[] gIn = scratch[2];
                    if (!average) {
                        x.get(m * in.length, in);
                    }
                    dy.get(m * g.length, g);
                    Arrays.fill(gIn, 0f);
                    pool(in, g, gIn);
                    dx.put(m * gIn.length, gIn);
                });
    }

    /**
     * Forward ({@code gIn} null): pools {@code in} into {@code out}. Backward: adds the gradients
     * {@code out} into {@code gIn} through the windows ({@code in} is read for the maxima only).
     */
    private void pool(float[] in, float[] out, float[] gIn) {
        int kH = window[0];
        int kW = window[1];
        int sH = window[2];
        int sW = window[3];
        int pH = window[4];
        int pW = window[5];
        int dH = window[6];
        int dW = window[7];
        for (int oh = 0; oh < outH; oh++) {
            int h0 = oh * sH - pH;
            int iFrom = h0 >= 0 ? 0 : (-h0 + dH - 1) / dH;
            int iTo = Math.min(kH, Math.floorDiv(inH - 1 - h0, dH) + 1);
            for (int ow = 0; ow < outW; ow++) {
                int w0 = ow * sW - pW;
                int jFrom = w0 >= 0 ? 0 : (-w0 + dW - 1) / dW;
                int jTo = Math.min(kW, Math.floorDiv(inW - 1 - w0, dW) + 1);
                int o = oh * outW + ow;
                if (average) {
                    int read = Math.max(0, iTo - iFrom) * Math.max(0, jTo - jFrom);
                    float divisor = padInDivisor ? kH * kW : read;
                    if (gIn == null) {
                        float sum = 0f;
                        for (int i = iFrom; i < iTo; i++) {
                            int row = (h0 + i * dH) * inW + w0;
                            for (int j = jFrom; j < jTo; j++) {
                                sum += in[row + j * dW];
                            }
                        }
                        out[o] = read == 0 ? 0f : sum / divisor;
                    } else if (read > 0) {
                        float share = out[o] / divisor;
                        for (int i = iFrom; i < iTo; i++) {
                            int row = (h0 + i * dH) * inW + w0;
                            for (int j = jFrom; j < jTo; j++) {
                                gIn[row + j * dW] += share;
                            }
                        }
                    }
                    continue;
                }
                if (gIn == null) {
                    float best = Float.NEGATIVE_INFINITY;
                    for (int i = iFrom; i < iTo; i++) {
                        int row = (h0 + i * dH) * inW + w0;
                        for (int j = jFrom; j < jTo; j++) {
                            best = Math.max(best, in[row + j * dW]);
                        }
                    }
                    out[o] = best;
                    continue;
                }
                float best = Float.NEGATIVE_INFINITY;
                int at = -1;
                for (int i = iFrom; i < iTo; i++) {
                    int row = (h0 + i * dH) * inW + w0;
                    for (int j = jFrom; j < jTo; j++) {
                        float v = in[row + j * dW];
                        boolean larger = v > best; // selects rather than branches: which value wins is random
                        best = larger ? v : best;
                        at = larger ? row + j * dW : at;
                    }
                }
                if (at >= 0) {
                    gIn[at] += out[o];
                }
            }
        }
    }

    private interface MapBody {
        void run(int map, float[][] scratch);
    }

    private void eachMap(Supplier<float[][]> scratch, MapBody body) {
        if ((long) maps * inH * inW < PARALLEL_VALUES || maps == 1) {
            float[][] arrays = scratch.get();
            for (int m = 0; m < maps; m++) {
                body.run(m, arrays);
            }
            return;
        }
        ThreadLocal<float[][]> perThread = ThreadLocal.withInitial(scratch);
        IntStream.range(0, maps).parallel().forEach(m -> body.run(m, perThread.get()));
    }
}
