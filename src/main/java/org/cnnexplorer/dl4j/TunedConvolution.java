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
 * A convolution whose backward pass avoids two slow paths of DL4J M2.1 on oneDNN.
 *
 * <p>DL4J's {@code conv2d_bp} asks oneDNN for "any" algorithm, and for some 3x3 layers oneDNN
 * picks Winograd, which is pathologically slow at the small feature maps of CIFAR-sized inputs
 * (measured: a 512-channel 3x3 layer on 4x4 maps, batch 32, 302 ms against 54 ms). The weight
 * gradient of a convolution equals that of the transposed convolution with input and output
 * swapped, and the input gradient is a transposed convolution; libnd4j runs both
 * ({@code deconv2d_bp}, {@code deconv2d}) with oneDNN's direct algorithm. Which of the two routes
 * is faster depends on the shapes, so each layer times both once ({@link RouteChooser}) and keeps
 * the faster; both give the same gradients up to float rounding.
 *
 * <p>A layer fed by the images needs no input gradient at all; oneDNN pads their one to three
 * channels to blocks of 16, which made it the slowest step of LeNet-5 (4.3 ms of its first
 * layer's 5.2 ms). Such a layer computes only its weight gradient.
 *
 * <p>At inference on one image a 1x1 convolution with stride 1 and no padding is one matrix product,
 * {@code z[o, h*w] = sum over i of W[o, i] x[i, h*w] + b[o]}, on the NCHW arrays as they are; oneDNN
 * instead reorders the image, the weights and the result between NCHW and its blocked layouts on
 * every call (ResNet-50: 40 of its 53 convolutions; reorders are most of its oneDNN time).
 *
 * <p>Where the transposed convolution does not reproduce the input size exactly ("same"
 * padding, strides that do not tile the input) or the layout is NHWC, DL4J's own pass runs.
 */
final class TunedConvolution extends ConvolutionLayer {

    private static volatile boolean pointwiseProduct = true;

    private final RouteChooser routes = new RouteChooser();

    TunedConvolution(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** Whether single-image 1x1 convolutions run as matrix products; benchmarks compare both ways. */
    static void usePointwiseProduct(boolean use) {
        pointwiseProduct = use;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        if (training || !pointwiseProduct || !singleImagePointwise()) {
            return super.activate(training, workspaceMgr);
        }
        long in = input.size(1);
        long positions = input.size(2) * input.size(3);
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, false, workspaceMgr);
        long out = weights.size(0);
        INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType,
                new long[] {1, out, input.size(2), input.size(3)}, 'c');
        INDArray z2d = z.reshape('c', out, positions);
        weights.reshape('c', out, in).mmuli(input.castTo(dataType).reshape('c', in, positions), z2d);
        if (layerConf().hasBias()) {
            z2d.addiColumnVector(getParamWithNoise(ConvolutionParamInitializer.BIAS_KEY, false, workspaceMgr)
                    .reshape('c', out, 1));
        }
        return layerConf().getActivationFn().getActivation(z, false);
    }

    private boolean singleImagePointwise() {
        int[] k = layerConf().getKernelSize();
        int[] s = layerConf().getStride();
        int[] p = layerConf().getPadding();
        return input.rank() == 4 && input.size(0) == 1 && k[0] == 1 && k[1] == 1 && s[0] == 1 && s[1] == 1
                && p[0] == 0 && p[1] == 0 && layerConf().getCnn2dDataFormat() == CNN2DFormat.NCHW
                && dataType == DataType.FLOAT;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        if (!transposable()) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        boolean imagesOnly = ((TunedConvolutionLayer) layerConf()).isReadsNetworkInput();
        if (!imagesOnly && !routes.nextUsesTransposed()) {
            long start = System.nanoTime();
            Pair<Gradient, INDArray> result = super.backpropGradient(epsilon, workspaceMgr);
            routes.record(false, System.nanoTime() - start);
            return result;
        }
        long start = System.nanoTime();
        Pair<Gradient, INDArray> result = transposedBackprop(epsilon, imagesOnly, workspaceMgr);
        routes.record(true, System.nanoTime() - start);
        return result;
    }

    private Pair<Gradient, INDArray> transposedBackprop(INDArray epsilon, boolean imagesOnly,
                                                        LayerWorkspaceMgr workspaceMgr) {
        INDArray z = preOutput4d(true, true, workspaceMgr).getFirst();
        INDArray delta = layerConf().getActivationFn().backprop(z, epsilon.castTo(dataType)).getFirst();
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, true, workspaceMgr);
        INDArray transposedWeights = workspaceMgr.dup(ArrayType.BP_WORKING_MEM, weights.permute(2, 3, 1, 0), 'c');
        Gradient gradient = new DefaultGradient();
        INDArray weightGrad = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        weightGrad.assign(weightGradient(delta, transposedWeights, workspaceMgr).permute(3, 2, 0, 1));
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGrad, 'c');
        if (layerConf().hasBias()) {
            INDArray biasGrad = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
            delta.sum(biasGrad.reshape(biasGrad.length()), 0, 2, 3);
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGrad);
        }
        weightNoiseParams.clear();
        INDArray inputGrad = imagesOnly ? null : inputGradient(delta, transposedWeights, workspaceMgr);
        return new Pair<>(gradient, inputGrad == null ? null : backpropDropOutIfPresent(inputGrad));
    }

    /** The weight gradient as [kH, kW, inChannels, outChannels]. */
    private INDArray weightGradient(INDArray delta, INDArray transposedWeights, LayerWorkspaceMgr workspaceMgr) {
        INDArray unused = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType, delta.shape(), 'c');
        INDArray result = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType,
                transposedWeights.shape(), 'c');
        Nd4j.exec(DynamicCustomOp.builder("deconv2d_bp")
                .addInputs(delta, transposedWeights, input.castTo(dataType))
                .addOutputs(unused, result)
                .addIntegerArguments(windowArguments())
                .build());
        return result;
    }

    /** The gradient for the layer below: the transposed convolution of the output gradient. */
    private INDArray inputGradient(INDArray delta, INDArray transposedWeights, LayerWorkspaceMgr workspaceMgr) {
        INDArray result = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, input.shape(), 'c');
        Nd4j.exec(DynamicCustomOp.builder("deconv2d")
                .addInputs(delta, transposedWeights)
                .addOutputs(result)
                .addIntegerArguments(windowArguments())
                .build());
        return result;
    }

    /** Kernel, stride, padding, dilation; valid padding, NCHW, weights as [kH, kW, oC, iC]. */
    private int[] windowArguments() {
        int[] k = layerConf().getKernelSize();
        int[] s = layerConf().getStride();
        int[] p = layerConf().getPadding();
        int[] d = layerConf().getDilation();
        return new int[] {k[0], k[1], s[0], s[1], p[0], p[1], d[0], d[1], 0, 0, 0};
    }

    /** The transposed convolution reproduces the input size exactly only when the strides tile it. */
    private boolean transposable() {
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
