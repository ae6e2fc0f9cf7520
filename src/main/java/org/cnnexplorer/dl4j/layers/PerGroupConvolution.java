package org.cnnexplorer.dl4j.layers;

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

/**
 * The running side of a {@link PerGroupConvolutionLayer}: DL4J's layer scaffolding around a libnd4j
 * op run once per group on views of the layer's own arrays. The forward pass checks the NCHW input
 * and reuses the output cached by {@code activate()} for the backward pass (CacheMode.DEVICE); the
 * backward pass turns the output gradient into {@code delta} through the activation, lets the
 * subclass fill the input and weight gradients, and sums {@code delta} over batch, height and width
 * for the bias gradient. Subclasses give the op, its window arguments and how the groups are cut.
 */
abstract class PerGroupConvolution extends ConvolutionLayer {

    PerGroupConvolution(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** The output before the activation, {@code bias} null for a layer without one. */
    abstract INDArray forward(INDArray in, INDArray weights, INDArray bias, LayerWorkspaceMgr workspaceMgr);

    /** Fills {@code inputGrad} and {@code weightGrad} from {@code delta}, the gradient before the activation. */
    abstract void backward(INDArray in, INDArray weights, INDArray delta, INDArray inputGrad, INDArray weightGrad,
                           LayerWorkspaceMgr workspaceMgr);

    /** libnd4j's convolution argument list: kernel, stride, padding, dilation, same mode, NCHW, weight layout. */
    abstract int[] windowArguments();

    @Override
    protected final Pair<INDArray, INDArray> preOutput(boolean training, boolean forBackprop,
                                                       LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        if (preOutput != null && forBackprop) {
            return new Pair<>(preOutput, null); // cached by activate() (CacheMode.DEVICE)
        }
        checkInput();
        INDArray in = input.castTo(dataType);
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, training, workspaceMgr);
        INDArray bias = hasBias() ? flat(getParamWithNoise(ConvolutionParamInitializer.BIAS_KEY, training,
                workspaceMgr)) : null;
        return new Pair<>(forward(in, weights, bias, workspaceMgr), null);
    }

    @Override
    public final Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        INDArray z = preOutput(true, true, workspaceMgr).getFirst();
        INDArray delta = layerConf().getActivationFn().backprop(z, epsilon.castTo(dataType)).getFirst();
        INDArray in = input.castTo(dataType);
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, true, workspaceMgr);
        INDArray weightGrad = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        INDArray inputGrad = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, in.shape(), 'c');
        backward(in, weights, delta, inputGrad, weightGrad, workspaceMgr);
        Gradient gradient = new DefaultGradient();
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGrad, 'c');
        if (hasBias()) {
            INDArray biasGrad = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
            delta.sum(flat(biasGrad), 0, 2, 3);
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGrad);
        }
        weightNoiseParams.clear();
        return new Pair<>(gradient, backpropDropOutIfPresent(inputGrad));
    }

    /** Runs a libnd4j op with this layer's {@link #windowArguments()}. */
    final void exec(String name, INDArray[] inputs, INDArray... outputs) {
        NativeOp.exec(name, windowArguments(), inputs, outputs);
    }

    final int groups() {
        return ((PerGroupConvolutionLayer) layerConf()).getGroups();
    }

    /** The group's channels of an NCHW array (a view). */
    final INDArray channels(INDArray array, int group) {
        return NativeOp.channels(array, group, groups());
    }

    /** The group's block of the first axis of a parameter array (weights, their gradient, the bias). */
    final INDArray block(INDArray array, int group) {
        return NativeOp.block(array, group, groups(), layerConf().getLayerName());
    }

    static INDArray flat(INDArray array) {
        return array.reshape(array.length());
    }

    private void checkInput() {
        if (input.rank() != 4 || layerConf().getCnn2dDataFormat() != CNN2DFormat.NCHW
                || input.size(1) != layerConf().getNIn()) {
            throw new IllegalStateException("layer " + layerConf().getLayerName() + " expects NCHW input with "
                    + layerConf().getNIn() + " channels, got " + java.util.Arrays.toString(input.shape()));
        }
    }
}
