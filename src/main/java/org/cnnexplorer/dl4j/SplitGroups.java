package org.cnnexplorer.dl4j;

import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The split route of a grouped convolution with few, wide groups (AlexNet's two towers; decision
 * 0010, route a, inside the one layer): each group's input channels are copied into an array of
 * their own (the split), convolved into an array of their own and copied into the output's
 * channels (the concat), so that oneDNN sees contiguous tensors; the backward pass of each group is
 * {@link TunedConvolution}'s transposed route, the weight gradient from {@code deconv2d_bp} and the
 * input gradient from {@code deconv2d} with oneDNN's direct algorithm, instead of
 * {@code conv2d_bp}. Only where the transposed convolution reproduces the input size exactly:
 * explicit padding whose strides tile the input, no dilation, float, NCHW.
 */
final class SplitGroups {

    /** The most groups the route is tried for: more groups are narrower, where the copies cannot pay. */
    static final int MAX_GROUPS = 2;

    private final int groups;
    /** libnd4j's window arguments: kernel, stride, padding, dilation, same mode, NCHW. */
    private final int[] window;

    private SplitGroups(int groups, int[] window) {
        this.groups = groups;
        this.window = window;
    }

    /**
     * The route for a layer, or null where it does not apply.
     *
     * @param window libnd4j's convolution arguments (kernel, stride, padding, dilation, same, NCHW, ...)
     */
    static SplitGroups of(int groups, int[] window, DataType dataType, long[] inputShape) {
        boolean plain = window[6] == 1 && window[7] == 1 && window[8] == 0 && dataType == DataType.FLOAT;
        if (groups < 2 || groups > MAX_GROUPS || !plain || inputShape.length != 4) {
            return null;
        }
        return tiles(inputShape[2], window[0], window[2], window[4]) && tiles(inputShape[3], window[1], window[3],
                window[5]) ? new SplitGroups(groups, window) : null;
    }

    private static boolean tiles(long size, int kernel, int stride, int padding) {
        return (size + 2L * padding - kernel) % stride == 0;
    }

    /** {@code z[:, group] = conv(in[:, group], W[group]) + b[group]} for each group, on contiguous copies. */
    void forward(INDArray in, INDArray weights, INDArray bias, INDArray z, LayerWorkspaceMgr workspaces) {
        for (int group = 0; group < groups; group++) {
            INDArray part = workspaces.dup(ArrayType.FF_WORKING_MEM, NativeOp.channels(in, group, groups), 'c');
            INDArray out = NativeOp.channels(z, group, groups);
            INDArray result = workspaces.createUninitialized(ArrayType.FF_WORKING_MEM, z.dataType(), out.shape(), 'c');
            INDArray w = NativeOp.block(weights, group, groups, "split");
            NativeOp.exec("conv2d", window, bias == null ? new INDArray[] {part, w}
                    : new INDArray[] {part, w, NativeOp.block(bias, group, groups, "split")}, result);
            out.assign(result);
        }
    }

    /** Each group's weight gradient into {@code weightGrad} and input gradient into {@code inputGrad}. */
    void backward(INDArray in, INDArray weights, INDArray delta, INDArray inputGrad, INDArray weightGrad,
                  LayerWorkspaceMgr workspaces) {
        int[] transposed = window.clone();
        transposed[8] = 0;
        transposed[9] = 0;
        transposed[10] = 0; // weights as [kh, kw, oC, iC] of the transposed convolution
        for (int group = 0; group < groups; group++) {
            INDArray part = workspaces.dup(ArrayType.BP_WORKING_MEM, NativeOp.channels(in, group, groups), 'c');
            INDArray deltaPart = workspaces.dup(ArrayType.BP_WORKING_MEM, NativeOp.channels(delta, group, groups),
                    'c');
            INDArray w = workspaces.dup(ArrayType.BP_WORKING_MEM,
                    NativeOp.block(weights, group, groups, "split").permute(2, 3, 1, 0), 'c');
            INDArray unused = workspaces.createUninitialized(ArrayType.BP_WORKING_MEM, delta.dataType(),
                    deltaPart.shape(), 'c');
            INDArray wGrad = workspaces.createUninitialized(ArrayType.BP_WORKING_MEM, delta.dataType(), w.shape(),
                    'c');
            NativeOp.exec("deconv2d_bp", transposed, new INDArray[] {deltaPart, w, part}, unused, wGrad);
            NativeOp.block(weightGrad, group, groups, "split").assign(wGrad.permute(3, 2, 0, 1));
            INDArray inGrad = workspaces.createUninitialized(ArrayType.BP_WORKING_MEM, delta.dataType(),
                    part.shape(), 'c');
            NativeOp.exec("deconv2d", transposed, new INDArray[] {deltaPart, w}, inGrad);
            NativeOp.channels(inputGrad, group, groups).assign(inGrad);
        }
    }
}
