package org.cnnexplorer.dl4j.layers;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

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
 * channels to blocks of 16, which made {@code conv2d_bp} the slowest step of LeNet-5 on the Intel
 * machine (4.3 ms of its first layer's 5.2 ms). On its transposed route such a layer computes only
 * its weight gradient; but oneDNN's transposed weight gradient for one to three channels can be
 * slow too (5-8 ms for LeNet-5's first layer on an AVX2 machine), so this layer times both routes.
 *
 * <p>At inference on one image ("truncate" padding, NCHW) the forward pass can be one matrix product
 * of the weights with the image's columns ({@link SingleImageConvolution}) instead of oneDNN's
 * convolution, which reorders the image, the weights and the result between NCHW and its blocked
 * layouts on every call (most of ResNet-50's oneDNN time on one 224x224 image). The product is
 * much faster on one thread and not always on two, so each layer times both routes over its first
 * passes ({@link RouteChooser}) and keeps the faster; both give the same outputs within float rounding.
 *
 * <p>Where the strides do not tile the padded input, both routes work on the rows and columns the
 * windows read ({@link #readExtent}). With "same" padding or the NHWC layout, DL4J's own pass runs.
 */
final class TunedConvolution extends ConvolutionLayer {

    /** How single-image inference runs: oneDNN, the matrix product, or the faster of the two per layer. */
    enum InferenceRoute { ONEDNN, PRODUCT, FASTER }

    private static volatile InferenceRoute inferenceRoute = InferenceRoute.FASTER;

    private final RouteChooser routes;
    private final RouteChooser inferenceRoutes;
    private OneDnnConvolution kernel; // oneDNN's primitives for the last batch shape trained on
    private boolean kernelFailed;

    TunedConvolution(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
        String name = conf.getLayer().getLayerName();
        routes = new RouteChooser(name + " backward", "conv2d_bp", "transposed");
        inferenceRoutes = new RouteChooser(name + " one-image forward", "oneDNN", "product");
    }

    /** Sets the route of single-image inference for every layer; benchmarks and tests compare them. */
    static void useInferenceRoute(InferenceRoute route) {
        inferenceRoute = route;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        InferenceRoute route = inferenceRoute;
        if (training && kernelFits()) {
            return kernelForward(workspaceMgr);
        }
        if (training || route == InferenceRoute.ONEDNN || !singleImage()) {
            return super.activate(training, workspaceMgr);
        }
        if (route == InferenceRoute.PRODUCT) {
            return singleImageProduct(workspaceMgr);
        }
        boolean product = inferenceRoutes.nextUsesTransposed();
        long start = System.nanoTime();
        INDArray result = product ? singleImageProduct(workspaceMgr) : super.activate(false, workspaceMgr);
        inferenceRoutes.record(product, System.nanoTime() - start);
        return result;
    }

    private INDArray singleImageProduct(LayerWorkspaceMgr workspaceMgr) {
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, false, workspaceMgr);
        INDArray bias = layerConf().hasBias()
                ? getParamWithNoise(ConvolutionParamInitializer.BIAS_KEY, false, workspaceMgr) : null;
        INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType,
                new long[] {1, weights.size(0), outputSize(input.size(2), 0), outputSize(input.size(3), 1)}, 'c');
        SingleImageConvolution.forward(input.castTo(dataType), weights, bias, windowArguments(), z, workspaceMgr);
        return layerConf().getActivationFn().getActivation(z, false);
    }

    private boolean singleImage() {
        return input.rank() == 4 && input.size(0) == 1 && layerConf().getCnn2dDataFormat() == CNN2DFormat.NCHW
                && convolutionMode != ConvolutionMode.Same && dataType == DataType.FLOAT;
    }

    /** The output length in "truncate" mode, the only one the tuned routes take. */
    private long outputSize(long size, int axis) {
        return WindowLength.of(size, axis, layerConf().getKernelSize(), layerConf().getStride(),
                layerConf().getPadding(), layerConf().getDilation(), ConvolutionMode.Truncate);
    }

    /**
     * Whether training passes run on {@link OneDnnConvolution}: NCHW floats, "truncate" padding, no dropout or
     * weight noise, and oneDNN's own library loaded (its primitives built for this shape, or buildable).
     */
    private boolean kernelFits() {
        org.deeplearning4j.nn.conf.layers.ConvolutionLayer conf = layerConf();
        if (kernelFailed || !OneDnn.available() || conf.getCnn2dDataFormat() != CNN2DFormat.NCHW
                || convolutionMode == ConvolutionMode.Same || dataType != DataType.FLOAT || input.rank() != 4
                || input.dataType() != DataType.FLOAT || conf.getIDropout() != null || conf.getWeightNoise() != null
                || input.length() > Integer.MAX_VALUE) {
            return false;
        }
        if (kernel != null && kernel.fits(input.shape())) {
            return true;
        }
        INDArray weights = params.get(ConvolutionParamInitializer.WEIGHT_KEY);
        long[] out = {input.size(0), weights.size(0), outputSize(input.size(2), 0), outputSize(input.size(3), 1)};
        if (input.size(1) != weights.size(1) || out[2] < 1 || out[3] < 1) {
            return false; // DL4J's own pass reports the mismatch
        }
        int[] s = conf.getStride();
        int[] p = conf.getPadding();
        int[] d = conf.getDilation();
        try {
            int[] window = {s[0], s[1], p[0], p[1], d[0], d[1]};
            kernel = new OneDnnConvolution(input.shape(), weights.shape(), window, out, conf.hasBias());
            return true;
        } catch (RuntimeException e) {
            kernelFailed = true; // oneDNN has no primitive for this window: libnd4j's routes from now on
            return false;
        }
    }

    /**
     * The training forward pass on oneDNN. Before an activation other than the identity, z is kept for the
     * backward pass in DL4J's forward cache, as DL4J's own layer keeps it (decision 0005, item 3).
     */
    @SuppressWarnings("try") // the cache workspace is borrowed for the scope of the try; its variable is unused
    private INDArray kernelForward(LayerWorkspaceMgr workspaceMgr) {
        INDArray z = kernelPreOutput(workspaceMgr, ArrayType.ACTIVATIONS);
        IActivation function = layerConf().getActivationFn();
        preOutput = null;
        if (!(function instanceof ActivationIdentity) && cacheMode != CacheMode.NONE
                && workspaceMgr.hasConfiguration(ArrayType.FF_CACHE)
                && workspaceMgr.isWorkspaceOpen(ArrayType.FF_CACHE)) {
            try (MemoryWorkspace ignored = workspaceMgr.notifyScopeBorrowed(ArrayType.FF_CACHE)) {
                preOutput = z.unsafeDuplication();
            }
        }
        return function.getActivation(z, true);
    }

    private INDArray kernelPreOutput(LayerWorkspaceMgr workspaceMgr, ArrayType type) {
        INDArray z = workspaceMgr.createUninitialized(type, DataType.FLOAT, kernel.outputShape(), 'c');
        kernel.forward(NativeFloats.contiguous(input), weights(workspaceMgr), bias(workspaceMgr), z);
        return z;
    }

    private INDArray weights(LayerWorkspaceMgr workspaceMgr) {
        return NativeFloats.contiguous(getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, true, workspaceMgr));
    }

    private INDArray bias(LayerWorkspaceMgr workspaceMgr) {
        return layerConf().hasBias()
                ? NativeFloats.contiguous(getParamWithNoise(ConvolutionParamInitializer.BIAS_KEY, true, workspaceMgr))
                : null;
    }

    /**
     * The gradients on {@link OneDnnConvolution}: dL/dz through the activation (which needs z again unless the
     * activation is the identity, as it is before every batch norm), then oneDNN's two backward passes.
     */
    private Pair<Gradient, INDArray> kernelBackprop(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        IActivation function = layerConf().getActivationFn();
        INDArray gradientIn = epsilon.castTo(DataType.FLOAT);
        INDArray delta = gradientIn;
        if (!(function instanceof ActivationIdentity)) {
            INDArray z = preOutput != null ? preOutput : kernelPreOutput(workspaceMgr, ArrayType.BP_WORKING_MEM);
            delta = function.backprop(z, gradientIn).getFirst();
            preOutput = null;
        }
        boolean imagesOnly = ((TunedConvolutionLayer) layerConf()).isReadsNetworkInput();
        INDArray inputGrad = imagesOnly ? null
                : workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT, input.shape(), 'c');
        INDArray weightGrad = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        INDArray weightTarget = NativeFloats.addressable(weightGrad) ? weightGrad
                : workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, DataType.FLOAT, weightGrad.shape(), 'c');
        INDArray biasGrad = layerConf().hasBias() ? gradientViews.get(ConvolutionParamInitializer.BIAS_KEY) : null;
        INDArray biasTarget = biasGrad == null || NativeFloats.addressable(biasGrad) ? biasGrad
                : workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, DataType.FLOAT, biasGrad.shape(), 'c');
        kernel.backward(NativeFloats.contiguous(input), weights(workspaceMgr), NativeFloats.contiguous(delta),
                inputGrad, weightTarget, biasTarget);
        if (weightTarget != weightGrad) {
            weightGrad.assign(weightTarget);
        }
        if (biasTarget != biasGrad) {
            biasGrad.assign(biasTarget);
        }
        Gradient gradient = new DefaultGradient();
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGrad, 'c');
        if (biasGrad != null) {
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGrad);
        }
        weightNoiseParams.clear();
        return new Pair<>(gradient, inputGrad);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        if (kernelFits()) {
            return kernelBackprop(epsilon, workspaceMgr);
        }
        if (!transposable()) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        boolean imagesOnly = ((TunedConvolutionLayer) layerConf()).isReadsNetworkInput();
        if (!routes.nextUsesTransposed()) {
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
        Gradient gradient = new DefaultGradient();
        INDArray weightGrad = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        weightGradient(delta, weights, weightGrad, workspaceMgr);
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGrad, 'c');
        if (layerConf().hasBias()) {
            INDArray biasGrad = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
            delta.sum(biasGrad.reshape(biasGrad.length()), 0, 2, 3);
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGrad);
        }
        weightNoiseParams.clear();
        INDArray inputGrad = imagesOnly ? null : inputGradient(delta, weights, workspaceMgr);
        return new Pair<>(gradient, inputGrad == null ? null : backpropDropOutIfPresent(inputGrad));
    }

    /**
     * Writes the weight gradient, [outChannels, inChannels, kH, kW] like the weights, into
     * {@code weightGrad} (straight into it when it is a plain C-order array).
     */
    private void weightGradient(INDArray delta, INDArray weights, INDArray weightGrad,
                                LayerWorkspaceMgr workspaceMgr) {
        INDArray unused = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType, delta.shape(), 'c');
        boolean direct = weightGrad.ordering() == 'c' && Shape.hasDefaultStridesForShape(weightGrad);
        INDArray result = direct ? weightGrad
                : workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType, weights.shape(), 'c');
        INDArray images = input.castTo(dataType);
        Nd4j.exec(DynamicCustomOp.builder("deconv2d_bp")
                .addInputs(delta, weights, exact() ? images : readExtent(images, delta, workspaceMgr))
                .addOutputs(unused, result)
                .addIntegerArguments(transposedArguments())
                .build());
        if (!direct) {
            weightGrad.assign(result);
        }
    }

    /** The gradient for the layer below: the transposed convolution of the output gradient. */
    private INDArray inputGradient(INDArray delta, INDArray weights, LayerWorkspaceMgr workspaceMgr) {
        INDArray result = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, input.shape(), 'c');
        boolean exact = exact();
        INDArray target = exact ? result : workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType,
                extentShape(delta), 'c');
        Nd4j.exec(DynamicCustomOp.builder("deconv2d")
                .addInputs(delta, weights)
                .addOutputs(target)
                .addIntegerArguments(transposedArguments())
                .build());
        if (!exact) {
            writeBack(target, result);
        }
        return result;
    }

    /**
     * Where the strides do not tile the padded input (the 7x7 stride-2 stems of ResNet and
     * GoogLeNet, ResNet's stride-2 layers at even sizes), the transposed convolution with the same
     * padding would not reproduce the input size. The windows read only the padded input's first
     * {@link #extent} rows and columns, so both routes then work on that extent with no padding: a
     * copy of the input with the padding written in as zeros and the unread rows left out, and a
     * gradient of that extent whose rows inside the input are copied back (the unread ones get zero).
     */
    private INDArray readExtent(INDArray images, INDArray delta, LayerWorkspaceMgr workspaceMgr) {
        INDArray copy = workspaceMgr.create(ArrayType.BP_WORKING_MEM, dataType, extentShape(delta), 'c');
        copy.get(extentWindow(copy)).assign(images.get(inputWindow(copy)));
        return copy;
    }

    private void writeBack(INDArray extentGradient, INDArray result) {
        INDArray covered = result.get(inputWindow(extentGradient));
        if (covered.length() != result.length()) {
            result.assign(0);
        }
        covered.assign(extentGradient.get(extentWindow(extentGradient)));
    }

    private long[] extentShape(INDArray delta) {
        return new long[] {input.size(0), input.size(1), extent(delta.size(2), 0), extent(delta.size(3), 1)};
    }

    /** Rows (axis 0) or columns of the padded input that the windows read. */
    private long extent(long outputSize, int axis) {
        return (outputSize - 1) * layerConf().getStride()[axis]
                + (long) layerConf().getDilation()[axis] * (layerConf().getKernelSize()[axis] - 1) + 1;
    }

    /** The part of an extent array that lies inside the input. */
    private INDArrayIndex[] extentWindow(INDArray extentArray) {
        int[] p = layerConf().getPadding();
        return new INDArrayIndex[] {NDArrayIndex.all(), NDArrayIndex.all(),
            NDArrayIndex.interval(p[0], p[0] + insideRows(extentArray, 0)),
            NDArrayIndex.interval(p[1], p[1] + insideRows(extentArray, 1))};
    }

    /** The part of the input that an extent array covers. */
    private INDArrayIndex[] inputWindow(INDArray extentArray) {
        return new INDArrayIndex[] {NDArrayIndex.all(), NDArrayIndex.all(),
            NDArrayIndex.interval(0, insideRows(extentArray, 0)), NDArrayIndex.interval(0, insideRows(extentArray, 1))};
    }

    private long insideRows(INDArray extentArray, int axis) {
        return Math.min(input.size(2 + axis), extentArray.size(2 + axis) - layerConf().getPadding()[axis]);
    }

    /**
     * The window for libnd4j's transposed convolutions, whose weights are read in the convolution's
     * own layout: their format 1, [inChannels, outChannels, kH, kW] of the transposed convolution, is
     * [outChannels, inChannels, kH, kW] of this one, so neither the weights nor their gradient need a
     * permuted copy.
     */
    private int[] transposedArguments() {
        int[] arguments = windowArguments();
        arguments[10] = 1;
        if (!exact()) {
            arguments[4] = 0;
            arguments[5] = 0;
        }
        return arguments;
    }

    /** Kernel, stride, padding, dilation; valid padding, NCHW, weights as [kH, kW, oC, iC]. */
    private int[] windowArguments() {
        int[] k = layerConf().getKernelSize();
        int[] s = layerConf().getStride();
        int[] p = layerConf().getPadding();
        int[] d = layerConf().getDilation();
        return new int[] {k[0], k[1], s[0], s[1], p[0], p[1], d[0], d[1], 0, 0, 0};
    }

    /** NCHW floats without "same" padding, and windows that reach into the input on both axes. */
    private boolean transposable() {
        if (layerConf().getCnn2dDataFormat() != CNN2DFormat.NCHW || convolutionMode == ConvolutionMode.Same
                || dataType != DataType.FLOAT || input.rank() != 4) {
            return false;
        }
        int[] p = layerConf().getPadding();
        return extent(outputSize(input.size(2), 0), 0) > p[0] && extent(outputSize(input.size(3), 1), 1) > p[1];
    }

    /**
     * The transposed convolution with this layer's padding reproduces the input size exactly only
     * when the strides tile the padded input; otherwise the routes work on the read extent.
     */
    private boolean exact() {
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
