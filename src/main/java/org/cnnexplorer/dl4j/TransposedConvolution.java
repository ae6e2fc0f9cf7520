package org.cnnexplorer.dl4j;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
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
final class TransposedConvolution extends ConvolutionLayer {

    TransposedConvolution(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    protected Pair<INDArray, INDArray> preOutput(boolean training, boolean forBackprop,
                                                 LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        if (preOutput != null && forBackprop) {
            return new Pair<>(preOutput, null); // cached by activate() (CacheMode.DEVICE)
        }
        checkInput();
        INDArray in = input.castTo(dataType);
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, training, workspaceMgr);
        INDArray full = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM, dataType, fullShape(), 'c');
        for (int group = 0; group < groups(); group++) {
            NativeOp.exec("deconv2d", windowArguments(), new INDArray[] {NativeOp.channels(in, group, groups()),
                weights(weights, group)}, NativeOp.channels(full, group, groups()));
        }
        INDArray z = workspaceMgr.create(ArrayType.ACTIVATIONS, dataType, outputShape(), 'c');
        z.get(outputRegion()).assign(full.get(fullRegion()));
        if (hasBias()) {
            INDArray bias = getParamWithNoise(ConvolutionParamInitializer.BIAS_KEY, training, workspaceMgr);
            Broadcast.add(z, bias.reshape(bias.length()), z, 1);
        }
        return new Pair<>(z, null);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        INDArray z = preOutput(true, true, workspaceMgr).getFirst();
        INDArray delta = layerConf().getActivationFn().backprop(z, epsilon.castTo(dataType)).getFirst();
        INDArray in = input.castTo(dataType);
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, true, workspaceMgr);
        INDArray weightGrad = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        INDArray inputGrad = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, in.shape(), 'c');
        INDArray fullGrad = workspaceMgr.create(ArrayType.BP_WORKING_MEM, dataType, fullShape(), 'c');
        fullGrad.get(fullRegion()).assign(delta.get(outputRegion()));
        for (int group = 0; group < groups(); group++) {
            NativeOp.exec("deconv2d_bp", windowArguments(), new INDArray[] {NativeOp.channels(in, group, groups()),
                weights(weights, group), NativeOp.channels(fullGrad, group, groups())},
                NativeOp.channels(inputGrad, group, groups()), weights(weightGrad, group));
        }
        Gradient gradient = new DefaultGradient();
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGrad, 'c');
        if (hasBias()) {
            INDArray biasGrad = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
            delta.sum(biasGrad.reshape(biasGrad.length()), 0, 2, 3);
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGrad);
        }
        weightNoiseParams.clear();
        return new Pair<>(gradient, backpropDropOutIfPresent(inputGrad));
    }

    private TransposedConvolutionLayer settings() {
        return (TransposedConvolutionLayer) layerConf();
    }

    private int groups() {
        return settings().getGroups();
    }

    /** The group's weights: its block of input rows of {@code [in, out/g, kh, kw]}. */
    private INDArray weights(INDArray weights, int group) {
        return NativeOp.block(weights, group, groups(), settings().getLayerName());
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
    private int[] windowArguments() {
        int[] k = settings().getKernelSize();
        int[] s = settings().getStride();
        int[] d = settings().getDilation();
        return new int[] {k[0], k[1], s[0], s[1], 0, 0, d[0], d[1], 0, 0, 1};
    }

    private void checkInput() {
        if (input.rank() != 4 || settings().getCnn2dDataFormat() != CNN2DFormat.NCHW
                || input.size(1) != settings().getNIn()) {
            throw new IllegalStateException("layer " + settings().getLayerName() + " expects NCHW input with "
                    + settings().getNIn() + " channels, got " + java.util.Arrays.toString(input.shape()));
        }
    }
}
