package org.cnnexplorer.dl4j.layers;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Broadcast;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The transposed convolution of a {@link TransposedConvolutionLayer}. Forward: per group {@code i},
 * libnd4j's {@code deconv2d} without padding scatters the group's input channels through its
 * weights into the full map of {@code (in - 1) * s + d(k - 1) + 1} rows and columns; the output is
 * that map cropped by {@code p} at the top and left, and by {@code p - outputPadding} at the bottom
 * and right, where {@code outputPadding > p} leaves rows and columns that no input reaches (zero,
 * then the bias). Backward: the output gradient placed back into a zero full map, then
 * {@code deconv2d_bp} per group; the bias gradient is the output gradient summed over batch,
 * height and width.
 */
final class TransposedConvolution extends PerGroupConvolution {

    TransposedConvolution(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    INDArray forward(INDArray in, INDArray weights, INDArray bias, LayerWorkspaceMgr workspaceMgr) {
        INDArray full = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM, dataType, fullShape(), 'c');
        for (int group = 0; group < groups(); group++) {
            exec("deconv2d", new INDArray[] {channels(in, group), block(weights, group)}, channels(full, group));
        }
        INDArray z = workspaceMgr.create(ArrayType.ACTIVATIONS, dataType, outputShape(), 'c');
        z.get(outputRegion()).assign(full.get(fullRegion()));
        if (bias != null) {
            Broadcast.add(z, bias, z, 1);
        }
        return z;
    }

    @Override
    void backward(INDArray in, INDArray weights, INDArray delta, INDArray inputGrad, INDArray weightGrad,
                  LayerWorkspaceMgr workspaceMgr) {
        INDArray fullGrad = workspaceMgr.create(ArrayType.BP_WORKING_MEM, dataType, fullShape(), 'c');
        fullGrad.get(fullRegion()).assign(delta.get(outputRegion()));
        for (int group = 0; group < groups(); group++) {
            exec("deconv2d_bp", new INDArray[] {channels(in, group), block(weights, group),
                channels(fullGrad, group)}, channels(inputGrad, group), block(weightGrad, group));
        }
    }

    private TransposedConvolutionLayer settings() {
        return (TransposedConvolutionLayer) layerConf();
    }

    private long[] fullShape() {
        return new long[] {input.size(0), settings().getNOut(), settings().fullLength(input.size(2), 0),
            settings().fullLength(input.size(3), 1)};
    }

    private long[] outputShape() {
        return new long[] {input.size(0), settings().getNOut(), settings().outputLength(input.size(2), 0),
            settings().outputLength(input.size(3), 1)};
    }

    /** The rows and columns of the output that the full map covers (all of them unless output padding > p). */
    private INDArrayIndex[] outputRegion() {
        return new INDArrayIndex[] {NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, covered(0)),
            NDArrayIndex.interval(0, covered(1))};
    }

    /** The same rows and columns in the full map, {@code p} further down and right. */
    private INDArrayIndex[] fullRegion() {
        int[] p = settings().getPadding();
        return new INDArrayIndex[] {NDArrayIndex.all(), NDArrayIndex.all(),
            NDArrayIndex.interval(p[0], p[0] + covered(0)), NDArrayIndex.interval(p[1], p[1] + covered(1))};
    }

    private long covered(int axis) {
        long in = input.size(2 + axis);
        TransposedConvolutionLayer layer = settings();
        return Math.min(layer.outputLength(in, axis), layer.fullLength(in, axis) - layer.getPadding()[axis]);
    }

    /** Kernel, stride, no padding, dilation, not "same", NCHW, weights as {@code [in, out/g, kh, kw]}. */
    @Override
    int[] windowArguments() {
        int[] k = settings().getKernelSize();
        int[] s = settings().getStride();
        int[] d = settings().getDilation();
        return new int[] {k[0], k[1], s[0], s[1], 0, 0, d[0], d[1], 0, 0, 1};
    }
}
