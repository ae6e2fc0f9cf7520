package org.cnnexplorer.dl4j.layers;

import java.util.Arrays;
import org.bytedeco.dnnl.global.dnnl;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.pooling_v2_backward;
import org.bytedeco.dnnl.pooling_v2_forward;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Max or average pooling of NCHW float batches on oneDNN's own primitives, built once per layer and batch shape:
 * what DL4J's oneDNN helper runs, without building the primitives on every call and without its second forward
 * pass inside the backward pass. Max pooling's forward pass records the winners in a workspace that its backward
 * pass reads ({@link #backward} runs the forward pass again when the last forward pass was another route's).
 * Windows as {@link PoolKernels} describes them; the right and bottom padding ({@link OneDnn#rightPadding}) makes
 * oneDNN's output size the layer's, and padding takes no part in a maximum.
 */
final class OneDnnPooling {

    private final long[] inputShape;
    private final OneDnnPass forward;
    private final OneDnnPass backward;
    private final OneDnnPass scratchForward; // forward into scratch, to fill the workspace before a backward pass
    private INDArray lastInput; // the input whose winners the workspace holds (max pooling), else null

    /**
     * @param window kernel, stride and top-left padding per axis: {kH, kW, sH, sW, pH, pW}
     * @param includePadding average pooling divides by the whole window (else by the positions inside the map)
     */
    OneDnnPooling(long[] inputShape, long[] outputShape, int[] window, boolean max, boolean includePadding) {
        this.inputShape = inputShape.clone();
        long[] kernel = {window[0], window[1]};
        long[] strides = {window[2], window[3]};
        long[] padLeft = {window[4], window[5]};
        long[] padRight = new long[2];
        for (int axis = 0; axis < 2; axis++) {
            padRight[axis] = OneDnn.rightPadding(inputShape[2 + axis], outputShape[2 + axis], kernel[axis],
                    strides[axis], padLeft[axis]);
        }
        long[] dilation = {0, 0};
        memory.desc src = OneDnn.floats(inputShape, memory.format_tag.nchw);
        memory.desc dst = OneDnn.floats(outputShape, memory.format_tag.nchw);
        int algorithm = max ? dnnl.dnnl_pooling_max
                : includePadding ? dnnl.dnnl_pooling_avg_include_padding : dnnl.dnnl_pooling_avg_exclude_padding;
        var forwardDesc = new pooling_v2_forward.primitive_desc(new pooling_v2_forward.desc(dnnl.dnnl_forward_training,
                algorithm, src, dst, strides, kernel, dilation, padLeft, padRight), OneDnn.engine());
        var backwardDesc = new pooling_v2_backward.primitive_desc(new pooling_v2_backward.desc(algorithm, src, dst,
                strides, kernel, dilation, padLeft, padRight), OneDnn.engine(), forwardDesc);
        forward = new OneDnnPass(new pooling_v2_forward(forwardDesc));
        forward.input(dnnl.DNNL_ARG_SRC, src, forwardDesc.src_desc(), 0);
        forward.output(dnnl.DNNL_ARG_DST, dst, forwardDesc.dst_desc(), 1);
        backward = new OneDnnPass(new pooling_v2_backward(backwardDesc));
        backward.input(dnnl.DNNL_ARG_DIFF_DST, dst, backwardDesc.diff_dst_desc(), 0);
        backward.output(dnnl.DNNL_ARG_DIFF_SRC, src, backwardDesc.diff_src_desc(), 1);
        if (max) { // the argument maps hold the workspace's handle, which keeps its memory alive
            memory workspace = new memory(forwardDesc.workspace_desc(), OneDnn.engine());
            forward.fixed(dnnl.DNNL_ARG_WORKSPACE, workspace);
            backward.fixed(dnnl.DNNL_ARG_WORKSPACE, workspace);
            scratchForward = new OneDnnPass(new pooling_v2_forward(forwardDesc));
            scratchForward.input(dnnl.DNNL_ARG_SRC, src, forwardDesc.src_desc(), 0);
            scratchForward.scratchOutput(dnnl.DNNL_ARG_DST, forwardDesc.dst_desc(), 2);
            scratchForward.fixed(dnnl.DNNL_ARG_WORKSPACE, workspace);
        } else {
            scratchForward = null;
        }
    }

    boolean fits(long[] shape) {
        return Arrays.equals(inputShape, shape);
    }

    /** Pools {@code x} into {@code y}; both C-order float arrays of the shapes this kernel was built for. */
    void forward(INDArray x, INDArray y) {
        forward.run(new INDArray[] {x}, y);
        lastInput = scratchForward == null ? null : x;
    }

    /** Another route pooled the last forward pass: the workspace no longer belongs to any input. */
    void forget() {
        lastInput = null;
    }

    /** dL/dx into {@code dx} from dL/dy, for the input {@code x} of the forward pass. */
    void backward(INDArray x, INDArray dy, INDArray dx) {
        if (scratchForward != null && x != lastInput) {
            scratchForward.run(new INDArray[] {x});
        }
        backward.run(new INDArray[] {dy}, dx);
        lastInput = null;
    }
}
