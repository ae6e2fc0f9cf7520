package org.cnnexplorer.dl4j.layers;

import java.util.Arrays;
import org.bytedeco.dnnl.batch_normalization_backward;
import org.bytedeco.dnnl.batch_normalization_forward;
import org.bytedeco.dnnl.global.dnnl;
import org.bytedeco.dnnl.memory;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Batch normalisation during training on oneDNN's own primitives, for one layer and one batch shape: the
 * formulas of {@link BatchNormKernels} (batch statistics with the biased variance, the full gradient through
 * them), with a ReLU folded in by oneDNN's {@code fuse_norm_relu} (its forward pass keeps a mask in a
 * workspace that the backward pass reads). oneDNN's fast kernels want channels in blocks of 16 (8 without
 * AVX-512), so x, y, dy and dx go through blocked copies in the thread's scratch slots; on the small maps of
 * CIFAR-sized inputs that is still 2-8x faster than the Java kernels (decision 0005, ninth pass). oneDNN sums
 * in float, so gradients agree with the Java kernels' double sums within float rounding, and where a
 * pre-activation lies within rounding of 0 the two may keep or cut its ReLU gradient differently.
 */
final class OneDnnBatchNorm {

    private static final int SLOT_A = 0;
    private static final int SLOT_B = 1;
    private static final int SLOT_C = 2;

    private final long[] shape;
    private final OneDnnPass forward;
    private final OneDnnPass backward;
    private final INDArray mean;
    private final INDArray variance;

    private OneDnnBatchNorm(long[] shape, OneDnnPass forward, OneDnnPass backward, INDArray mean,
                            INDArray variance) {
        this.shape = shape;
        this.forward = forward;
        this.backward = backward;
        this.mean = mean;
        this.variance = variance;
    }

    /**
     * The primitives for NCHW batches of {@code shape}, or null where oneDNN has only its reference
     * implementation for them (slower than the Java kernels).
     */
    static OneDnnBatchNorm create(long[] shape, double eps, boolean relu) {
        for (memory.format_tag tag : new memory.format_tag[] {memory.format_tag.nChw16c, memory.format_tag.nChw8c}) {
            OneDnnBatchNorm kernel = create(shape, eps, relu, tag);
            if (kernel != null) {
                return kernel;
            }
        }
        return null;
    }

    private static OneDnnBatchNorm create(long[] shape, double eps, boolean relu, memory.format_tag tag) {
        memory.desc plain = OneDnn.floats(shape, memory.format_tag.nchw);
        memory.desc blocked = OneDnn.floats(shape, tag);
        memory.desc perChannel = OneDnn.floats(new long[] {shape[1]}, memory.format_tag.x);
        int flags = dnnl.dnnl_use_scale | dnnl.dnnl_use_shift | (relu ? dnnl.dnnl_fuse_norm_relu : 0);
        var forwardDesc = new batch_normalization_forward.primitive_desc(new batch_normalization_forward.desc(
                dnnl.dnnl_forward_training, blocked, (float) eps, flags), OneDnn.engine());
        if (forwardDesc.impl_info_str().getString().startsWith("ref")) {
            return null;
        }
        var backwardDesc = new batch_normalization_backward.primitive_desc(new batch_normalization_backward.desc(
                dnnl.dnnl_backward, blocked, blocked, (float) eps, flags), OneDnn.engine(), forwardDesc);

        OneDnnPass forward = new OneDnnPass(new batch_normalization_forward(forwardDesc));
        forward.input(dnnl.DNNL_ARG_SRC, plain, blocked, SLOT_A);
        forward.input(dnnl.DNNL_ARG_SCALE, perChannel);
        forward.input(dnnl.DNNL_ARG_SHIFT, perChannel);
        forward.output(dnnl.DNNL_ARG_DST, plain, blocked, SLOT_C);
        forward.output(dnnl.DNNL_ARG_MEAN, perChannel);
        forward.output(dnnl.DNNL_ARG_VARIANCE, perChannel);

        OneDnnPass backward = new OneDnnPass(new batch_normalization_backward(backwardDesc));
        backward.input(dnnl.DNNL_ARG_SRC, plain, blocked, SLOT_A);
        backward.input(dnnl.DNNL_ARG_DIFF_DST, plain, blocked, SLOT_B);
        backward.input(dnnl.DNNL_ARG_SCALE, perChannel);
        backward.input(dnnl.DNNL_ARG_SHIFT, perChannel);
        backward.input(dnnl.DNNL_ARG_MEAN, perChannel);
        backward.input(dnnl.DNNL_ARG_VARIANCE, perChannel);
        backward.output(dnnl.DNNL_ARG_DIFF_SRC, plain, blocked, SLOT_C);
        backward.output(dnnl.DNNL_ARG_DIFF_SCALE, perChannel);
        backward.output(dnnl.DNNL_ARG_DIFF_SHIFT, perChannel);
        if (relu) { // the argument maps hold the workspace's handle, which keeps its memory alive
            memory workspace = new memory(forwardDesc.workspace_desc(), OneDnn.engine());
            forward.fixed(dnnl.DNNL_ARG_WORKSPACE, workspace);
            backward.fixed(dnnl.DNNL_ARG_WORKSPACE, workspace);
        }
        INDArray mean = Nd4j.createUninitializedDetached(DataType.FLOAT, shape[1]);
        INDArray variance = Nd4j.createUninitializedDetached(DataType.FLOAT, shape[1]);
        return new OneDnnBatchNorm(shape.clone(), forward, backward, mean, variance);
    }

    boolean fits(long[] batchShape) {
        return Arrays.equals(shape, batchShape);
    }

    /**
     * Normalises {@code x} into {@code y} with the batch statistics and returns them, {mean, biased variance};
     * gamma and beta are the layer's parameter views. All arrays {@link NativeFloats#addressable}.
     */
    float[][] forward(INDArray x, INDArray gamma, INDArray beta, INDArray y) {
        forward.run(new INDArray[] {x, gamma, beta}, y, mean, variance);
        return new float[][] {NativeFloats.toArray(mean), NativeFloats.toArray(variance)};
    }

    /** dL/dx into {@code dx}, dL/dgamma and dL/dbeta into their views, with the statistics {@link #forward} found. */
    void backward(INDArray x, INDArray dy, INDArray gamma, INDArray beta, INDArray dx, INDArray dGamma,
                  INDArray dBeta) {
        backward.run(new INDArray[] {x, dy, gamma, beta, mean, variance}, dx, dGamma, dBeta);
    }
}
