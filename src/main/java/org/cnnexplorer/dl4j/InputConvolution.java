package org.cnnexplorer.dl4j;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
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
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The first convolution of a network, trained without the gradient with respect to the images.
 * DL4J's {@code conv2d_bp} always computes that gradient, and for the one to three input channels
 * of a first layer oneDNN pads the channels to a block of 16, which makes it the most expensive
 * step of a small network (LeNet-5: 4.3 ms of the first layer's 5.2 ms backward pass). The weight
 * gradient of a convolution is the weight gradient of the transposed convolution with the roles
 * of input and output swapped, which libnd4j's {@code deconv2d_bp} computes on oneDNN in 1.7 ms;
 * its other output, a forward convolution, is cheap. Falls back to DL4J's own backward pass
 * where the swap does not apply ("same" padding, NHWC, strides that do not tile the input).
 */
final class InputConvolution extends ConvolutionLayer {

    InputConvolution(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        if (!weightGradientOnly()) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        INDArray z = preOutput4d(true, true, workspaceMgr).getFirst();
        INDArray delta = layerConf().getActivationFn().backprop(z, epsilon.castTo(dataType)).getFirst();
        Gradient gradient = new DefaultGradient();
        INDArray weightGrad = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        weightGrad.assign(transposedWeightGradient(delta, workspaceMgr).permute(3, 2, 0, 1));
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGrad, 'c');
        if (layerConf().hasBias()) {
            INDArray biasGrad = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
            delta.sum(biasGrad.reshape(biasGrad.length()), 0, 2, 3);
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGrad);
        }
        weightNoiseParams.clear();
        return new Pair<>(gradient, null);
    }

    /** The weight gradient as [kH, kW, inChannels, outChannels], from {@code deconv2d_bp}. */
    private INDArray transposedWeightGradient(INDArray delta, LayerWorkspaceMgr workspaceMgr) {
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, true, workspaceMgr);
        INDArray transposedWeights = workspaceMgr.dup(ArrayType.BP_WORKING_MEM, weights.permute(2, 3, 1, 0), 'c');
        INDArray unused = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType, delta.shape(), 'c');
        INDArray result = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType,
                transposedWeights.shape(), 'c');
        int[] k = layerConf().getKernelSize();
        int[] s = layerConf().getStride();
        int[] p = layerConf().getPadding();
        int[] d = layerConf().getDilation();
        Nd4j.exec(DynamicCustomOp.builder("deconv2d_bp")
                .addInputs(delta, transposedWeights, input.castTo(dataType))
                .addOutputs(unused, result)
                .addIntegerArguments(k[0], k[1], s[0], s[1], p[0], p[1], d[0], d[1], 0, 0, 0)
                .build());
        return result;
    }

    /** The transposed convolution reproduces the input size exactly only when the strides tile it. */
    private boolean weightGradientOnly() {
        if (layerConf().getCnn2dDataFormat() != CNN2DFormat.NCHW || convolutionMode == ConvolutionMode.Same
                || dataType != DataType.FLOAT || input.rank() != 4) {
            return false;
        }
        return tiles(input.size(2), 0) && tiles(input.size(3), 1);
    }

    private boolean tiles(long size, int axis) {
        int k = layerConf().getKernelSize()[axis];
        int s = layerConf().getStride()[axis];
        int p = layerConf().getPadding()[axis];
        int d = layerConf().getDilation()[axis];
        return (size + 2L * p - (long) d * (k - 1) - 1) % s == 0;
    }
}
