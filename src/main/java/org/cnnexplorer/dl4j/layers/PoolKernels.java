package org.cnnexplorer.dl4j.layers;

import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * Max and average pooling of NCHW float maps (no dilation), both passes, one map at a time through
 * Java arrays. A window of output (oh, ow) reads the positions (h, w) = (oh*sH - pH + i, ow*sW - pW + j),
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
 * <p>With stride 1 down the map, max pooling runs in two passes, as the maximum over a rectangle is
 * the maximum over its rows of each row's maximum: first every input row's maxima over the windows'
 * columns, then for each output row the maxima of those over the window's rows, a loop along the
 * output row that the JIT vectorises (GoogLeNet's 3x3 stride-1 pools: 1.8x faster forward, 1.25x
 * backward than a loop per window). The backward pass keeps where each row maximum was, and the
 * first row holding the window's largest value then gives the row-major first maximum.
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
    private final int kH;
    private final int kW;
    private final int sH;
    private final int sW;
    private final int pH;
    private final int pW;

    /** Per map, scratch arrays of one thread. */
    private final class Scratch {
        final float[] in = new float[inH * inW];
        final float[] out = new float[outH * outW];
        final float[] gIn = new float[inH * inW];
        final float[] rows = new float[inH * outW]; // each input row's maxima over the windows' columns
        final int[] rowsAt = new int[inH * outW];   // where in the map each of those maxima is
    }

    /**
     * @param average      average pooling; else max pooling
     * @param padInDivisor (average) divide by kH*kW; else by the number of positions read
     * @param maps         N*C, the number of maps
     * @param in           the input's height and width
     * @param out          the output's height and width
     * @param window       kernel, stride and top/left padding, each as height, width
     */
    PoolKernels(boolean average, boolean padInDivisor, int maps, int[] in, int[] out, int[] window) {
        this.average = average;
        this.padInDivisor = padInDivisor;
        this.maps = maps;
        this.inH = in[0];
        this.inW = in[1];
        this.outH = out[0];
        this.outW = out[1];
        this.kH = window[0];
        this.kW = window[1];
        this.sH = window[2];
        this.sW = window[3];
        this.pH = window[4];
        this.pW = window[5];
    }

    /** The window as built: kernel, stride and top-left padding per axis, {kH, kW, sH, sW, pH, pW}. */
    int[] window() {
        return new int[] {kH, kW, sH, sW, pH, pW};
    }

    /** Pools {@code x} into {@code y}. */
    void forward(FloatBuffer x, FloatBuffer y) {
        eachMap((m, s) -> {
            x.get(m * s.in.length, s.in);
            if (average) {
                average(s.in, s.out, null);
            } else if (separable()) {
                maxForward(s);
            } else {
                maxDirect(s.in, s.out, null);
            }
            y.put(m * s.out.length, s.out);
        });
    }

    /** Writes into {@code dx} the output gradient {@code dy} routed back through the windows of {@code x}. */
    void backward(FloatBuffer x, FloatBuffer dy, FloatBuffer dx) {
        eachMap((m, s) -> {
            dy.get(m * s.out.length, s.out);
            Arrays.fill(s.gIn, 0f);
            if (average) {
                average(null, s.out, s.gIn);
            } else {
                x.get(m * s.in.length, s.in);
                if (separable()) {
                    maxBackward(s);
                } else {
                    maxDirect(s.in, s.out, s.gIn);
                }
            }
            dx.put(m * s.gIn.length, s.gIn);
        });
    }

    /** The first window row or column inside the map: {@code -start} where the window starts before it, else 0. */
    private static int from(int start) {
        return Math.max(0, -start);
    }

    /** One past the last window row or column inside a map of {@code size}. */
    private static int to(int start, int kernel, int size) {
        return Math.min(kernel, size - start);
    }

    /**
     * Whether max pooling runs row by row (see the class comment): where consecutive windows share
     * rows (stride 1 down the map), which then costs 2k instead of k*k comparisons an output; with
     * larger strides it was no faster, and slower on maps of a few values, than a loop per window.
     */
    private boolean separable() {
        return sH == 1 && kH > 1;
    }

    /** Max pooling a window at a time: forward into {@code out}, or backward from {@code out} into {@code gIn}. */
    private void maxDirect(float[] in, float[] out, float[] gIn) {
        for (int oh = 0; oh < outH; oh++) {
            int h0 = oh * sH - pH;
            int iFrom = from(h0);
            int iTo = to(h0, kH, inH);
            for (int ow = 0; ow < outW; ow++) {
                int w0 = ow * sW - pW;
                int jFrom = from(w0);
                int jTo = to(w0, kW, inW);
                float best = Float.NEGATIVE_INFINITY;
                int at = -1;
                for (int i = iFrom; i < iTo; i++) {
                    int row = (h0 + i) * inW + w0;
                    for (int j = jFrom; j < jTo; j++) {
                        float v = in[row + j];
                        if (gIn == null) {
                            best = Math.max(best, v);
                        } else {
                            boolean larger = v > best; // selects rather than branches: which value wins is random
                            best = larger ? v : best;
                            at = larger ? row + j : at;
                        }
                    }
                }
                if (gIn == null) {
                    out[oh * outW + ow] = best;
                } else if (at >= 0) {
                    gIn[at] += out[oh * outW + ow];
                }
            }
        }
    }

    private void maxForward(Scratch s) {
        float[] in = s.in;
        float[] rows = s.rows;
        for (int h = 0; h < inH; h++) {
            int base = h * inW;
            for (int ow = 0; ow < outW; ow++) {
                int w0 = ow * sW - pW;
                float best = Float.NEGATIVE_INFINITY;
                for (int j = from(w0), end = to(w0, kW, inW); j < end; j++) {
                    best = Math.max(best, in[base + w0 + j]);
                }
                rows[h * outW + ow] = best;
            }
        }
        float[] out = s.out;
        for (int oh = 0; oh < outH; oh++) {
            int h0 = oh * sH - pH;
            int o = oh * outW;
            Arrays.fill(out, o, o + outW, Float.NEGATIVE_INFINITY);
            for (int i = from(h0), end = to(h0, kH, inH); i < end; i++) {
                int r = (h0 + i) * outW;
                for (int ow = 0; ow < outW; ow++) {
                    out[o + ow] = Math.max(out[o + ow], rows[r + ow]);
                }
            }
        }
    }

    private void maxBackward(Scratch s) {
        float[] in = s.in;
        float[] rows = s.rows;
        int[] rowsAt = s.rowsAt;
        for (int h = 0; h < inH; h++) {
            int base = h * inW;
            for (int ow = 0; ow < outW; ow++) {
                int w0 = ow * sW - pW;
                float best = Float.NEGATIVE_INFINITY;
                int at = -1;
                for (int j = from(w0), end = to(w0, kW, inW); j < end; j++) {
                    float v = in[base + w0 + j];
                    boolean larger = v > best; // selects rather than branches: which value wins is random
                    best = larger ? v : best;
                    at = larger ? base + w0 + j : at;
                }
                rows[h * outW + ow] = best;
                rowsAt[h * outW + ow] = at;
            }
        }
        float[] g = s.out;
        float[] gIn = s.gIn;
        for (int oh = 0; oh < outH; oh++) {
            int h0 = oh * sH - pH;
            int iFrom = from(h0);
            int iTo = to(h0, kH, inH);
            for (int ow = 0; ow < outW; ow++) {
                float best = Float.NEGATIVE_INFINITY;
                int at = -1;
                for (int i = iFrom; i < iTo; i++) {
                    int r = (h0 + i) * outW + ow;
                    boolean larger = rows[r] > best;
                    best = larger ? rows[r] : best;
                    at = larger ? rowsAt[r] : at;
                }
                if (at >= 0) {
                    gIn[at] += g[oh * outW + ow];
                }
            }
        }
    }

    /**
     * Forward ({@code gIn} null): the windows' averages of {@code in} into {@code out}. Backward:
     * adds each of {@code out}'s gradients, divided, to its window's positions in {@code gIn}.
     */
    private void average(float[] in, float[] out, float[] gIn) {
        for (int oh = 0; oh < outH; oh++) {
            int h0 = oh * sH - pH;
            int iFrom = from(h0);
            int iTo = to(h0, kH, inH);
            for (int ow = 0; ow < outW; ow++) {
                int w0 = ow * sW - pW;
                int jFrom = from(w0);
                int jTo = to(w0, kW, inW);
                int o = oh * outW + ow;
                int read = Math.max(0, iTo - iFrom) * Math.max(0, jTo - jFrom);
                float divisor = padInDivisor ? kH * kW : read;
                if (gIn == null) {
                    float sum = 0f;
                    for (int i = iFrom; i < iTo; i++) {
                        int row = (h0 + i) * inW + w0;
                        for (int j = jFrom; j < jTo; j++) {
                            sum += in[row + j];
                        }
                    }
                    out[o] = read == 0 ? 0f : sum / divisor;
                } else if (read > 0) {
                    float share = out[o] / divisor;
                    for (int i = iFrom; i < iTo; i++) {
                        int row = (h0 + i) * inW + w0;
                        for (int j = jFrom; j < jTo; j++) {
                            gIn[row + j] += share;
                        }
                    }
                }
            }
        }
    }

    private interface MapBody {
        void run(int map, Scratch scratch);
    }

    private void eachMap(MapBody body) {
        WorkParts.run(maps, (long) maps * inH * inW >= PARALLEL_VALUES, (from, to) -> {
            Scratch arrays = new Scratch();
            for (int m = from; m < to; m++) {
                body.run(m, arrays);
            }
        });
    }
}
