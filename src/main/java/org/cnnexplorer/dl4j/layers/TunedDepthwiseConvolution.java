package org.cnnexplorer.dl4j.layers;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.DepthwiseConvolution2DLayer;
import org.deeplearning4j.nn.params.DepthwiseConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's depthwise convolution without the second forward pass in its backward pass.
 *
 * <p>DL4J M2.1's {@code DepthwiseConvolution2DLayer} recomputes its forward convolution in every
 * backward pass to get the pre-activation z = W * x + b, even with the identity activation, where
 * the gradient for z is the output gradient itself (dL/dz = dL/da, a = z). Forward caching
 * ({@code CacheMode.DEVICE}) does not apply to it. In MobileNet v2 each of the 17 depthwise layers
 * is followed by a batch norm, so every step ran 17 depthwise convolutions twice (oneDNN's log:
 * 34 {@code jit_dw} forward calls per step, 17 with this layer). The backward pass itself is
 * DL4J's: libnd4j's {@code depthwise_conv2d_bp} on oneDNN with the same arguments, so the
 * gradients are the same numbers.
 *
 * <p>On input maps of at most {@link #SMALL_MAP_MAX_POSITIONS} positions (2x2, 1x1) oneDNN has no
 * depthwise weight gradient and falls back to a slow grouped GEMM; there the gradients are computed
 * directly ({@link SmallMapDepthwiseBackward}: the same sums, equal within float rounding).
 *
 * <p>With an activation folded in, "same" padding, NHWC, or another data type, DL4J's own pass runs.
 */
final class TunedDepthwiseConvolution extends DepthwiseConvolution2DLayer {

    private static final String WEIGHTS = DepthwiseConvolutionParamInitializer.WEIGHT_KEY;
    private static final String BIAS = DepthwiseConvolutionParamInitializer.BIAS_KEY;

    /** Input maps up to this many positions (2x2) take the direct route; measured in decision 0005. */
    static final int SMALL_MAP_MAX_POSITIONS = 4;

    /** The direct route's limit; benchmarks set it to compare the two routes in one process. */
    private static volatile int smallMapMaxPositions = SMALL_MAP_MAX_POSITIONS;

    TunedDepthwiseConvolution(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        if (!supported()) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        INDArray delta = epsilon.castTo(dataType);
        INDArray inputGrad = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, input.shape(), 'c');
        INDArray weights = getParamWithNoise(WEIGHTS, true, workspaceMgr);
        INDArray x = input.castTo(dataType);
        Gradient gradient = new DefaultGradient();
        if (x.size(2) * x.size(3) <= smallMapMaxPositions) {
            SmallMapDepthwiseBackward.backward(x, weights, delta, windowArguments(), inputGrad,
                    gradientViews.get(WEIGHTS), layerConf().hasBias() ? gradientViews.get(BIAS) : null);
        } else {
            nativeBackward(x, weights, delta, inputGrad, workspaceMgr);
        }
        gradient.setGradientFor(WEIGHTS, gradientViews.get(WEIGHTS), 'c');
        if (layerConf().hasBias()) {
            gradient.setGradientFor(BIAS, gradientViews.get(BIAS));
        }
        weightNoiseParams.clear();
        return new Pair<>(gradient, backpropDropOutIfPresent(inputGrad));
    }

    /** libnd4j's {@code depthwise_conv2d_bp}, DL4J's own backward op (oneDNN's {@code jit_dw} kernels). */
    private void nativeBackward(INDArray x, INDArray weights, INDArray delta, INDArray inputGrad,
                                LayerWorkspaceMgr workspaceMgr) {
        DynamicCustomOp.DynamicCustomOpsBuilder op = DynamicCustomOp.builder("depthwise_conv2d_bp");
        if (layerConf().hasBias()) {
            op.addInputs(x, weights, getParamWithNoise(BIAS, true, workspaceMgr), delta)
                    .addOutputs(inputGrad, gradientViews.get(WEIGHTS), gradientViews.get(BIAS));
        } else {
            op.addInputs(x, weights, delta).addOutputs(inputGrad, gradientViews.get(WEIGHTS));
        }
        Nd4j.exec(op.addIntegerArguments(windowArguments()).build());
    }

    /** Input maps up to {@code positions} positions take the direct route from the next backward pass on. */
    static void useSmallMapRouteUpTo(int positions) {
        smallMapMaxPositions = positions;
    }

    /** Kernel, stride, padding, dilation; not "same" mode; NCHW. */
    private int[] windowArguments() {
        int[] k = layerConf().getKernelSize();
        int[] s = layerConf().getStride();
        int[] p = layerConf().getPadding();
        int[] d = layerConf().getDilation();
        return new int[] {k[0], k[1], s[0], s[1], p[0], p[1], d[0], d[1], 0, 0};
    }

    private boolean supported() {
        return layerConf().getActivationFn() instanceof ActivationIdentity
                && layerConf().getCnn2dDataFormat() == CNN2DFormat.NCHW && convolutionMode != ConvolutionMode.Same
                && dataType == DataType.FLOAT && input.rank() == 4;
    }
}
