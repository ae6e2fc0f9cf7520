package org.cnnexplorer.dl4j.layers;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's max and average pooling with a second route for each pass, Java loops over the maps
 * ({@link PoolKernels}). Which is faster depends on the machine (oneDNN has fast NCHW pooling with
 * AVX-512 and only its plain loop without), so each layer times both routes of each pass over its
 * first calls ({@link RouteChooser}) and keeps the faster; both give the same maps and gradients
 * (sums in another order for average pooling). Max pooling in DL4J's "truncate" and "same" modes,
 * average pooling without padding in "truncate" mode; anything else (dilation, NHWC, dropout, p-norm,
 * other data types) is DL4J's pass. Why not padded average pooling: DL4J's layer divides by the whole
 * window in its forward pass (PyTorch's {@code count_include_pad}) but by the positions read in its
 * backward pass (oneDNN's log shows {@code avg_include_padding} forward, {@code avg_exclude_padding}
 * backward), so its gradient is not the forward pass's at the border; the kernels are consistent, and
 * two routes must not give two answers.
 */
final class TunedPooling extends SubsamplingLayer {

    private final RouteChooser forwardRoutes; // "transposed" is the Java route
    private final RouteChooser backwardRoutes;
    private OneDnnPooling oneDnn; // the other route's primitives for the last input shape, when oneDNN's API loaded
    private boolean oneDnnFailed;

    TunedPooling(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
        String name = conf.getLayer().getLayerName();
        String other = OneDnn.available() ? "oneDNN" : "DL4J";
        forwardRoutes = new RouteChooser(name + " forward", other, "Java", RouteChooser.JAVA_TRIALS);
        backwardRoutes = new RouteChooser(name + " backward", other, "Java", RouteChooser.JAVA_TRIALS);
    }

    /**
     * The route against the Java kernels: oneDNN's primitives kept for this input shape ({@link OneDnnPooling}),
     * or null where DL4J's pass (its oneDNN helper) runs instead.
     */
    private OneDnnPooling oneDnn(INDArray x, PoolKernels kernels) {
        if (oneDnnFailed || !OneDnn.available()) {
            return null;
        }
        if (oneDnn == null || !oneDnn.fits(x.shape())) {
            org.deeplearning4j.nn.conf.layers.SubsamplingLayer conf = layerConf();
            try {
                oneDnn = new OneDnnPooling(x.shape(), new long[] {x.size(0), x.size(1), outputSize(x, 0),
                    outputSize(x, 1)}, kernels.window(), conf.getPoolingType() == PoolingType.MAX,
                        conf.isAvgPoolIncludePadInDivisor());
            } catch (RuntimeException e) {
                oneDnn = null;
                oneDnnFailed = true;
            }
        }
        return oneDnn;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        PoolKernels kernels = kernels(input);
        if (kernels == null) {
            return super.activate(training, workspaceMgr);
        }
        boolean java = forwardRoutes.nextUsesTransposed();
        long start = System.nanoTime();
        INDArray out;
        INDArray x = NativeFloats.contiguous(input);
        OneDnnPooling primitives = oneDnn(x, kernels);
        if (java || primitives != null) {
            out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT,
                    new long[] {x.size(0), x.size(1), outputSize(x, 0), outputSize(x, 1)}, 'c');
            if (java) {
                kernels.forward(NativeFloats.of(x), NativeFloats.of(out));
                if (primitives != null) {
                    primitives.forget();
                }
            } else {
                primitives.forward(x, out);
            }
        } else {
            out = super.activate(training, workspaceMgr);
        }
        forwardRoutes.record(java, System.nanoTime() - start);
        return out;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        PoolKernels kernels = kernels(input);
        if (kernels == null || epsilon.dataType() != DataType.FLOAT) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        boolean java = backwardRoutes.nextUsesTransposed();
        long start = System.nanoTime();
        Pair<Gradient, INDArray> result;
        INDArray x = NativeFloats.contiguous(input);
        OneDnnPooling primitives = oneDnn(x, kernels);
        if (java || primitives != null) {
            INDArray dx = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT, x.shape(), 'c');
            INDArray dy = NativeFloats.contiguous(epsilon);
            if (java) {
                kernels.backward(NativeFloats.of(x), NativeFloats.of(dy), NativeFloats.of(dx));
            } else {
                primitives.backward(x, dy, dx);
            }
            result = new Pair<>(new DefaultGradient(), dx);
        } else {
            result = super.backpropGradient(epsilon, workspaceMgr);
        }
        backwardRoutes.record(java, System.nanoTime() - start);
        return result;
    }

    /** The Java kernels for this input, or null where DL4J's pass must run. */
    PoolKernels kernels(INDArray x) {
        org.deeplearning4j.nn.conf.layers.SubsamplingLayer conf = layerConf();
        boolean max = conf.getPoolingType() == PoolingType.MAX;
        boolean modeKnown = convolutionMode == ConvolutionMode.Truncate
                || max && convolutionMode == ConvolutionMode.Same;
        if (x == null || x.rank() != 4 || x.dataType() != DataType.FLOAT || dataType != DataType.FLOAT
                || conf.getCnn2dDataFormat() != CNN2DFormat.NCHW || conf.getIDropout() != null || !modeKnown
                || !max && conf.getPoolingType() != PoolingType.AVG || x.length() > Integer.MAX_VALUE) {
            return null;
        }
        boolean padded = conf.getPadding()[0] != 0 || conf.getPadding()[1] != 0;
        if (conf.getDilation()[0] != 1 || conf.getDilation()[1] != 1 || !max && padded) {
            return null; // see the class comment
        }
        int[] in = {(int) x.size(2), (int) x.size(3)};
        int[] out = {(int) outputSize(x, 0), (int) outputSize(x, 1)};
        if (out[0] < 1 || out[1] < 1) {
            return null;
        }
        int[] padding = convolutionMode == ConvolutionMode.Same
                ? ConvolutionUtils.getSameModeTopLeftPadding(out, in, conf.getKernelSize(), conf.getStride(),
                        conf.getDilation())
                : conf.getPadding();
        int[] window = {conf.getKernelSize()[0], conf.getKernelSize()[1], conf.getStride()[0], conf.getStride()[1],
            padding[0], padding[1]};
        return new PoolKernels(!max, conf.isAvgPoolIncludePadInDivisor(), (int) (x.size(0) * x.size(1)), in, out,
                window);
    }

    private long outputSize(INDArray x, int axis) {
        org.deeplearning4j.nn.conf.layers.SubsamplingLayer conf = layerConf();
        return WindowLength.of(x.size(2 + axis), axis, conf.getKernelSize(), conf.getStride(), conf.getPadding(),
                conf.getDilation(), convolutionMode);
    }
}
