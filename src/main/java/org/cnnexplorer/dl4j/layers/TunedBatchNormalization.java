package org.cnnexplorer.dl4j.layers;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU6;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's batch normalisation layer with a faster training pass ({@link BatchNormKernels}) and an
 * optional ReLU or ReLU6 folded in. Parameters (gamma, beta, running mean, running log10 of the
 * standard deviation), their initialisation and the running-statistics rule are DL4J's, so weights
 * and checkpoints are unchanged. At inference the running statistics fold into one scale and shift
 * per channel and one vectorised pass ({@link BatchNormKernels#inference}) competes with DL4J's own
 * pass (oneDNN's normalisation, then the folded activation as DL4J's function): each layer times
 * both over its first inference calls ({@link RouteChooser}), since which wins depends on the
 * machine (decision 0005). Any input that is not a 4-d NCHW float batch runs DL4J's pass.
 *
 * <p>The running statistics follow DL4J: they are parameters whose "gradient" the no-op updater
 * subtracts, with decay d and the biased batch variance v_b:
 * <pre>
 *   dMean      = (mean - mean_b) * (1 - d)                      (so mean becomes d*mean + (1-d)*mean_b)
 *   dLog10Std  = ln(var / (d*var + (1-d)*v_b)) / (2 ln 10),  var = (10^log10Std)^2
 * </pre>
 */
final class TunedBatchNormalization extends BatchNormalization {

    private static final double ONE_ON_TWO_LN_10 = 1.0 / (2.0 * Math.log(10.0));

    private float[] batchMean;
    private float[] batchVariance;
    private INDArray preActivation; // DL4J's pass with a folded activation keeps its input for backprop
    private final RouteChooser inferenceRoutes; // "transposed" is the Java pass
    private OneDnnBatchNorm kernel; // oneDNN's training primitives for the last batch shape
    private boolean kernelFailed;

    TunedBatchNormalization(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
        inferenceRoutes = new RouteChooser(conf.getLayer().getLayerName() + " inference", "DL4J", "Java",
                RouteChooser.JAVA_TRIALS);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        batchMean = null;
        preActivation = null;
        if (!tunable(input)) {
            return dl4jPass(training, workspaceMgr);
        }
        if (training) {
            return tunedForward(workspaceMgr);
        }
        boolean java = inferenceRoutes.nextUsesTransposed();
        long start = System.nanoTime();
        INDArray out = java ? inferenceForward(workspaceMgr) : dl4jPass(false, workspaceMgr);
        inferenceRoutes.record(java, System.nanoTime() - start);
        return out;
    }

    /** DL4J's own pass, then the folded activation as DL4J's function. */
    private INDArray dl4jPass(boolean training, LayerWorkspaceMgr workspaceMgr) {
        INDArray out = super.activate(training, workspaceMgr);
        IActivation function = layerConf().getActivationFn();
        if (function == null || function instanceof ActivationIdentity) {
            return out;
        }
        if (training) {
            preActivation = outsideWorkspaces(out);
        }
        return function.getActivation(out, training);
    }

    /**
     * A copy kept until backprop, which runs after the workspace this pass allocates in has closed
     * and been reused.
     */
    @SuppressWarnings("try") // the workspace scope is entered and left by the try; its variable is unused
    private static INDArray outsideWorkspaces(INDArray array) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return array.dup();
        }
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        if (batchMean != null) {
            return tunedBackward(epsilon, workspaceMgr);
        }
        INDArray gradient = preActivation == null ? epsilon
                : layerConf().getActivationFn().backprop(preActivation, epsilon).getFirst();
        preActivation = null;
        return super.backpropGradient(gradient, workspaceMgr);
    }

    private boolean tunable(INDArray x) {
        org.deeplearning4j.nn.conf.layers.BatchNormalization conf = layerConf();
        return x.rank() == 4 && x.dataType() == DataType.FLOAT && dataType == DataType.FLOAT
                && conf.getCnn2DFormat() == CNN2DFormat.NCHW && !conf.isLockGammaBeta()
                && x.length() <= Integer.MAX_VALUE && clamp() != null;
    }

    /** The folded activation as a kernel clamp, or null when the kernels cannot apply it. */
    private BatchNormKernels.Clamp clamp() {
        IActivation function = layerConf().getActivationFn();
        if (function == null || function instanceof ActivationIdentity) {
            return BatchNormKernels.Clamp.NONE;
        }
        if (function instanceof ActivationReLU6) {
            return BatchNormKernels.Clamp.RELU6;
        }
        if (function instanceof ActivationReLU) {
            return BatchNormKernels.Clamp.RELU;
        }
        return null;
    }

    private BatchNormKernels kernels(INDArray x) {
        return new BatchNormKernels((int) x.size(0), (int) x.size(1), (int) (x.size(2) * x.size(3)));
    }

    /**
     * oneDNN's primitives for this batch shape where they apply (oneDNN's library loaded, no ReLU6, a fast
     * implementation for the shape), else null and the Java kernels run.
     */
    private OneDnnBatchNorm oneDnnKernel(INDArray x) {
        BatchNormKernels.Clamp clamp = clamp();
        if (kernelFailed || !OneDnn.available() || clamp == BatchNormKernels.Clamp.RELU6) {
            return null;
        }
        if (kernel == null || !kernel.fits(x.shape())) {
            try {
                kernel = OneDnnBatchNorm.create(x.shape(), layerConf().getEps(), clamp == BatchNormKernels.Clamp.RELU);
            } catch (RuntimeException e) {
                kernel = null;
            }
            kernelFailed = kernel == null;
        }
        return kernel;
    }

    private INDArray tunedForward(LayerWorkspaceMgr workspaceMgr) {
        INDArray x = NativeFloats.contiguous(input);
        int channels = (int) x.size(1);
        INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT, x.shape(), 'c');
        OneDnnBatchNorm oneDnn = oneDnnKernel(x);
        if (oneDnn != null) {
            float[][] statistics = oneDnn.forward(x, parameter(BatchNormalizationParamInitializer.GAMMA),
                    parameter(BatchNormalizationParamInitializer.BETA), out);
            batchMean = statistics[0];
            batchVariance = statistics[1];
            return out;
        }
        float[] mean = new float[channels];
        float[] variance = new float[channels];
        kernels(x).forward(NativeFloats.of(x), values(BatchNormalizationParamInitializer.GAMMA),
                values(BatchNormalizationParamInitializer.BETA), layerConf().getEps(), clamp(), NativeFloats.of(out),
                mean, variance);
        batchMean = mean;
        batchVariance = variance;
        return out;
    }

    /** The running statistics folded into one scale and shift per channel, then one pass (see the kernels). */
    private INDArray inferenceForward(LayerWorkspaceMgr workspaceMgr) {
        INDArray x = NativeFloats.contiguous(input);
        float[] gamma = values(BatchNormalizationParamInitializer.GAMMA);
        float[] shift = values(BatchNormalizationParamInitializer.BETA);
        float[] mean = values(BatchNormalizationParamInitializer.GLOBAL_MEAN);
        float[] variance = runningVariance();
        float[] scale = new float[gamma.length];
        for (int c = 0; c < scale.length; c++) {
            scale[c] = BatchNormKernels.scale(gamma[c], variance[c], layerConf().getEps());
            shift[c] -= mean[c] * scale[c];
        }
        INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT, x.shape(), 'c');
        kernels(x).inference(NativeFloats.of(x), scale, shift, clamp(), NativeFloats.of(out));
        return out;
    }

    /** The running variance, from its log10 standard deviation where DL4J stores that (var = (10^s)^2). */
    private float[] runningVariance() {
        if (!layerConf().isUseLogStd()) {
            return values(BatchNormalizationParamInitializer.GLOBAL_VAR);
        }
        float[] variance = values(BatchNormalizationParamInitializer.GLOBAL_LOG_STD);
        for (int c = 0; c < variance.length; c++) {
            double std = Math.pow(10.0, variance[c]);
            variance[c] = (float) (std * std);
        }
        return variance;
    }

    private Pair<Gradient, INDArray> tunedBackward(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        INDArray x = NativeFloats.contiguous(input);
        INDArray dy = NativeFloats.contiguous(epsilon.castTo(DataType.FLOAT));
        INDArray dx = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT, x.shape(), 'c');
        Gradient gradient = new DefaultGradient();
        INDArray dGammaView = gradientViews.get(BatchNormalizationParamInitializer.GAMMA);
        INDArray dBetaView = gradientViews.get(BatchNormalizationParamInitializer.BETA);
        if (kernel != null && kernel.fits(x.shape()) && NativeFloats.addressable(dGammaView)
                && NativeFloats.addressable(dBetaView)) {
            kernel.backward(x, dy, parameter(BatchNormalizationParamInitializer.GAMMA),
                    parameter(BatchNormalizationParamInitializer.BETA), dx, dGammaView, dBetaView);
        } else {
            javaBackward(x, dy, dx, dGammaView, dBetaView);
        }
        gradient.setGradientFor(BatchNormalizationParamInitializer.GAMMA, dGammaView);
        gradient.setGradientFor(BatchNormalizationParamInitializer.BETA, dBetaView);
        runningStatistics(gradient);
        batchMean = null;
        return new Pair<>(gradient, dx);
    }

    private void javaBackward(INDArray x, INDArray dy, INDArray dx, INDArray dGammaView, INDArray dBetaView) {
        int channels = (int) x.size(1);
        float[] dGamma = new float[channels];
        float[] dBeta = new float[channels];
        kernels(x).backward(NativeFloats.of(x), NativeFloats.of(dy), values(BatchNormalizationParamInitializer.GAMMA),
                values(BatchNormalizationParamInitializer.BETA), batchMean, batchVariance, layerConf().getEps(),
                clamp(), NativeFloats.of(dx), dGamma, dBeta);
        write(dGammaView, dGamma);
        write(dBetaView, dBeta);
    }

    /** The running statistics' "gradients", as DL4J writes them (see the class comment). */
    private void runningStatistics(Gradient gradient) {
        double decay = layerConf().getDecay();
        float[] mean = values(BatchNormalizationParamInitializer.GLOBAL_MEAN);
        float[] dMean = new float[mean.length];
        for (int c = 0; c < mean.length; c++) {
            dMean[c] = (float) ((mean[c] - batchMean[c]) * (1 - decay));
        }
        INDArray dMeanView = gradientViews.get(BatchNormalizationParamInitializer.GLOBAL_MEAN);
        write(dMeanView, dMean);
        gradient.setGradientFor(BatchNormalizationParamInitializer.GLOBAL_MEAN, dMeanView);
        boolean logStd = layerConf().isUseLogStd();
        String key = logStd ? BatchNormalizationParamInitializer.GLOBAL_LOG_STD
                : BatchNormalizationParamInitializer.GLOBAL_VAR;
        float[] stored = values(key);
        float[] dStored = new float[stored.length];
        for (int c = 0; c < stored.length; c++) {
            if (logStd) {
                double std = Math.pow(10.0, stored[c]);
                double variance = std * std;
                double next = variance * decay + batchVariance[c] * (1 - decay);
                dStored[c] = (float) (Math.log(variance / next) * ONE_ON_TWO_LN_10);
            } else {
                dStored[c] = (float) ((stored[c] - batchVariance[c]) * (1 - decay));
            }
        }
        INDArray view = gradientViews.get(key);
        write(view, dStored);
        gradient.setGradientFor(key, view);
    }

    /** A parameter's view itself where oneDNN can address it, else a contiguous copy (read-only use). */
    private INDArray parameter(String key) {
        return NativeFloats.contiguous(params.get(key));
    }

    private float[] values(String key) {
        INDArray values = NativeFloats.contiguous(params.get(key));
        float[] result = new float[(int) values.length()];
        NativeFloats.of(values).get(result);
        return result;
    }

    /** Writes into a parameter's gradient view (a view of the flattened gradient), or through a copy. */
    private static void write(INDArray view, float[] values) {
        if (NativeFloats.addressable(view)) {
            NativeFloats.of(view).put(values);
        } else {
            view.assign(Nd4j.createFromArray(values).reshape(view.shape()));
        }
    }
}
