package org.cnnexplorer.dl4j.layers;

import java.util.Arrays;
import org.bytedeco.dnnl.convolution_backward_data;
import org.bytedeco.dnnl.convolution_backward_weights;
import org.bytedeco.dnnl.convolution_forward;
import org.bytedeco.dnnl.global.dnnl;
import org.bytedeco.dnnl.memory;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One convolution layer's oneDNN primitives for one batch shape, built once and kept: forward, backward to
 * the input and backward to the weights, each with the reorders between ND4J's plain NCHW/OIHW arrays and
 * the blocked layouts oneDNN picks ("any"). With y = x * W + b over the layer's windows,
 * <pre>
 *   forward:          y[n, o, i, j]  = b[o] + sum_{c, p, q} W[o, c, p, q] * x[n, c, i*s + p*d - pad, j*s + q*d - pad]
 *   backward (data):  dx = the transposed convolution of dy with W
 *   backward (weights): dW[o, c, p, q] = sum_{n, i, j} dy[n, o, i, j] * x[n, c, i*s + p*d - pad, ...],
 *                       db[o] = sum_{n, i, j} dy[n, o, i, j]
 * </pre>
 * (out-of-range x reads are zero). What libnd4j's {@code conv2d} and {@code conv2d_bp} compute, with the same
 * oneDNN kernels; what they do not do is keep anything: every call builds its descriptors and memory objects,
 * and the weight gradient's op also computes the input gradient. Blocked copies that live for one call use the
 * thread's scratch slots ({@link OneDnn#bindScratch}), so memory grows by a few of the largest maps, not by
 * a copy per layer.
 *
 * <p>The window's right padding ({@link OneDnn#rightPadding}) makes oneDNN's output size DL4J's "truncate" size.
 */
final class OneDnnConvolution {

    /** Scratch slots: each call's blocked copies, at most three at a time. */
    private static final int SLOT_A = 0;
    private static final int SLOT_B = 1;
    private static final int SLOT_C = 2;

    private final long[] inputShape;
    private final long[] weightShape;
    private final long[] outputShape;
    private final boolean bias;
    private final long[] strides;
    private final long[] dilates;
    private final long[] padLeft;
    private final long[] padRight;

    private final memory.desc srcPlain;
    private final memory.desc weightsPlain;
    private final memory.desc dstPlain;
    private final memory.desc biasPlain;
    private final convolution_forward.primitive_desc forwardDesc;
    private final OneDnnPass forward;
    private OneDnnPass backwardData;
    private OneDnnPass backwardWeights;
    private Boolean sharedGradientCopy; // see sharesGradientCopy(); null until both backward passes exist

    /**
     * @param inputShape  [N, C, H, W]
     * @param weightShape [O, C, kH, kW]
     * @param window      stride, padding and dilation per axis: {sH, sW, pH, pW, dH, dW}
     * @param outputShape [N, O, outH, outW] as DL4J computes it
     */
    OneDnnConvolution(long[] inputShape, long[] weightShape, int[] window, long[] outputShape, boolean bias) {
        this.inputShape = inputShape.clone();
        this.weightShape = weightShape.clone();
        this.outputShape = outputShape.clone();
        this.bias = bias;
        strides = new long[] {window[0], window[1]};
        padLeft = new long[] {window[2], window[3]};
        dilates = new long[] {window[4] - 1L, window[5] - 1L};
        padRight = new long[2];
        for (int axis = 0; axis < 2; axis++) {
            long reach = (weightShape[2 + axis] - 1) * (long) window[4 + axis] + 1;
            padRight[axis] = OneDnn.rightPadding(inputShape[2 + axis], outputShape[2 + axis], reach, strides[axis],
                    padLeft[axis]);
        }
        srcPlain = OneDnn.floats(inputShape, memory.format_tag.nchw);
        weightsPlain = OneDnn.floats(weightShape, memory.format_tag.oihw);
        dstPlain = OneDnn.floats(outputShape, memory.format_tag.nchw);
        biasPlain = OneDnn.floats(new long[] {weightShape[0]}, memory.format_tag.x);
        convolution_forward.desc desc = new convolution_forward.desc(dnnl.prop_kind.forward_training,
                dnnl.algorithm.convolution_direct, any(inputShape), any(weightShape),
                bias ? biasPlain : new memory.desc(), any(outputShape), strides, dilates, padLeft, padRight);
        forwardDesc = new convolution_forward.primitive_desc(desc, OneDnn.engine());
        forward = new OneDnnPass(new convolution_forward(forwardDesc));
        forward.input(dnnl.DNNL_ARG_SRC, srcPlain, forwardDesc.src_desc(), SLOT_A);
        forward.input(dnnl.DNNL_ARG_WEIGHTS, weightsPlain, forwardDesc.weights_desc(), SLOT_B);
        if (bias) {
            forward.input(dnnl.DNNL_ARG_BIAS, biasPlain);
        }
        forward.output(dnnl.DNNL_ARG_DST, dstPlain, forwardDesc.dst_desc(), SLOT_C);
    }

    /** Whether this kernel was built for an input of {@code shape}. */
    boolean fits(long[] shape) {
        return Arrays.equals(inputShape, shape);
    }

    long[] outputShape() {
        return outputShape.clone();
    }

    /** {@code y = conv(x, w) + b}; all arrays {@link NativeFloats#addressable}, {@code b} null without bias. */
    void forward(INDArray x, INDArray w, INDArray b, INDArray y) {
        forward.run(bias ? new INDArray[] {x, w, b} : new INDArray[] {x, w}, y);
    }

    /**
     * The input gradient into {@code dx} (skipped when null) and the weight and bias gradients into {@code dw}
     * and {@code db} (null without bias), from the output gradient {@code dy}.
     */
    void backward(INDArray x, INDArray w, INDArray dy, INDArray dx, INDArray dw, INDArray db) {
        boolean dyReady = false;
        if (dx != null) {
            backwardData().run(new INDArray[] {dy, w}, dx);
            dyReady = sharesGradientCopy();
        }
        INDArray[] in = {x, dy};
        backwardWeights().run(in, dyReady ? 1 : -1, bias ? new INDArray[] {dw, db} : new INDArray[] {dw});
    }

    /**
     * Whether both backward passes read the output gradient in the same blocked layout, so that the copy the
     * input-gradient pass leaves in slot A serves the weight-gradient pass too (one reorder instead of two).
     */
    private boolean sharesGradientCopy() {
        if (sharedGradientCopy == null) {
            OneDnnPass data = backwardData();
            OneDnnPass weights = backwardWeights();
            sharedGradientCopy = data.copies(0) && weights.copies(1)
                    && OneDnnPass.same(data.wanted(0), weights.wanted(1));
        }
        return sharedGradientCopy;
    }

    private OneDnnPass backwardData() {
        if (backwardData == null) {
            convolution_backward_data.desc desc = new convolution_backward_data.desc(
                    dnnl.algorithm.convolution_direct, any(inputShape), any(weightShape), any(outputShape),
                    strides, dilates, padLeft, padRight);
            convolution_backward_data.primitive_desc pd = new convolution_backward_data.primitive_desc(desc,
                    OneDnn.engine(), forwardDesc);
            OneDnnPass pass = new OneDnnPass(new convolution_backward_data(pd));
            pass.input(dnnl.DNNL_ARG_DIFF_DST, dstPlain, pd.diff_dst_desc(), SLOT_A);
            pass.input(dnnl.DNNL_ARG_WEIGHTS, weightsPlain, pd.weights_desc(), SLOT_B);
            pass.output(dnnl.DNNL_ARG_DIFF_SRC, srcPlain, pd.diff_src_desc(), SLOT_C);
            backwardData = pass;
        }
        return backwardData;
    }

    private OneDnnPass backwardWeights() {
        if (backwardWeights == null) {
            convolution_backward_weights.desc desc = new convolution_backward_weights.desc(
                    dnnl.algorithm.convolution_direct, any(inputShape), any(weightShape),
                    bias ? biasPlain : new memory.desc(), any(outputShape), strides, dilates, padLeft, padRight);
            convolution_backward_weights.primitive_desc pd = new convolution_backward_weights.primitive_desc(desc,
                    OneDnn.engine(), forwardDesc);
            OneDnnPass pass = new OneDnnPass(new convolution_backward_weights(pd));
            pass.input(dnnl.DNNL_ARG_SRC, srcPlain, pd.src_desc(), SLOT_B);
            pass.input(dnnl.DNNL_ARG_DIFF_DST, dstPlain, pd.diff_dst_desc(), SLOT_A);
            pass.output(dnnl.DNNL_ARG_DIFF_WEIGHTS, weightsPlain, pd.diff_weights_desc(), SLOT_C);
            if (bias) {
                pass.output(dnnl.DNNL_ARG_DIFF_BIAS, biasPlain);
            }
            backwardWeights = pass;
        }
        return backwardWeights;
    }

    private static memory.desc any(long[] shape) {
        return OneDnn.floats(shape, memory.format_tag.any);
    }
}
