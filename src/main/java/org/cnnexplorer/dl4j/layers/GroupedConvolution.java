package org.cnnexplorer.dl4j.layers;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The grouped convolution of a {@link GroupedConvolutionLayer}: for each group {@code i}, libnd4j's
 * {@code conv2d} (forward) and {@code conv2d_bp} (backward) on the group's channel slice of the
 * input, its slice of filters and its slice of the output, all views of the layer's own arrays:
 * {@code out[:, i*O/g : (i+1)*O/g] = conv(in[:, i*C/g : (i+1)*C/g], W[i*O/g : (i+1)*O/g]) + b}.
 * The bias gradient is the sum of the output gradient over batch, height and width.
 *
 * <p>Many small groups make many small calls: with 32 groups of 4 channels one plain convolution
 * with block-diagonal weights ({@link BlockDiagonal}, 32 times the multiply-adds) was faster than
 * the 32 calls. A layer small enough for that route times both routes over its first training
 * steps ({@link RouteChooser}, forward and backward together) and keeps the faster; both compute
 * the same values up to float rounding (decision 0010).
 */
final class GroupedConvolution extends PerGroupConvolution {

    private final RouteChooser routes = new RouteChooser();
    private BlockDiagonal blockDiagonal;
    private boolean triedBlockDiagonal;
    /** Whether the current forward (and its backward) pass takes the block-diagonal route. */
    private boolean dense;
    private long forwardNanos;

    GroupedConvolution(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    INDArray forward(INDArray in, INDArray weights, INDArray bias, LayerWorkspaceMgr workspaceMgr) {
        INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, outputShape(), 'c');
        long start = System.nanoTime();
        dense = blockDiagonal(weights) != null && routes.nextUsesTransposed();
        if (dense) {
            INDArray full = blockDiagonal.expand(weights);
            exec("conv2d", bias == null ? new INDArray[] {in, full} : new INDArray[] {in, full, bias}, z);
        } else {
            for (int group = 0; group < groups(); group++) {
                INDArray[] inputs = bias == null ? new INDArray[] {channels(in, group), block(weights, group)}
                        : new INDArray[] {channels(in, group), block(weights, group), block(bias, group)};
                exec("conv2d", inputs, channels(z, group));
            }
        }
        forwardNanos = System.nanoTime() - start;
        return z;
    }

    @Override
    void backward(INDArray in, INDArray weights, INDArray delta, INDArray inputGrad, INDArray weightGrad,
                  LayerWorkspaceMgr workspaceMgr) {
        long start = System.nanoTime();
        if (dense) {
            INDArray full = blockDiagonal.expand(weights);
            INDArray fullGrad = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType, full.shape(),
                    'c');
            exec("conv2d_bp", new INDArray[] {in, full, delta}, inputGrad, fullGrad);
            blockDiagonal.diagonal(fullGrad, weightGrad);
        } else {
            for (int group = 0; group < groups(); group++) {
                exec("conv2d_bp", new INDArray[] {channels(in, group), block(weights, group),
                    channels(delta, group)}, channels(inputGrad, group), block(weightGrad, group));
            }
        }
        if (blockDiagonal != null) {
            routes.record(dense, forwardNanos + System.nanoTime() - start);
        }
    }

    /** The block-diagonal route of a layer small enough to try it ({@link BlockDiagonal}), else null. */
    private BlockDiagonal blockDiagonal(INDArray weights) {
        if (!triedBlockDiagonal) {
            triedBlockDiagonal = true;
            if (BlockDiagonal.worthTrying(weights.shape(), groups())) {
                blockDiagonal = new BlockDiagonal(weights.shape(), groups(), dataType);
            }
        }
        return blockDiagonal;
    }

    /** {@code [batch, filters, outH, outW]}: ceil(in / stride) for "same", else the usual window formula. */
    private long[] outputShape() {
        return new long[] {input.size(0), layerConf().getNOut(), outputSize(input.size(2), 0),
            outputSize(input.size(3), 1)};
    }

    private long outputSize(long size, int axis) {
        return WindowLength.of(size, axis, layerConf().getKernelSize(), layerConf().getStride(),
                layerConf().getPadding(), layerConf().getDilation(), convolutionMode);
    }

    /** Kernel, stride, padding, dilation, same mode, NCHW, weights as {@code [out, in/g, kh, kw]}. */
    @Override
    int[] windowArguments() {
        int[] k = layerConf().getKernelSize();
        int[] s = layerConf().getStride();
        int[] p = layerConf().getPadding();
        int[] d = layerConf().getDilation();
        int same = convolutionMode == ConvolutionMode.Same ? 1 : 0;
        return new int[] {k[0], k[1], s[0], s[1], p[0], p[1], d[0], d[1], same, 0, 1};
    }
}
