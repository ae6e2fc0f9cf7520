package org.cnnexplorer.dl4j.graph;

import java.util.HashMap;
import java.util.Map;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.ConvTranspose2dSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.LayerSpec;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.dl4j.layers.NativeFloats;
import org.cnnexplorer.training.NetworkWeights;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moves learned values between a DL4J graph built by {@link Dl4jGraphFactory} (one DL4J layer per
 * core layer, same names) and {@link NetworkWeights} in PyTorch's layouts. Plain and grouped
 * convolution weights share the layout {@code out x in/groups x kh x kw}; DL4J keeps depthwise
 * weights as {@code kh x kw x in x multiplier} and dense weights as {@code in x out} (both
 * rearranged here), and batch-norm variance either as is or as {@code log10(sqrt(var + eps))}.
 */
public final class Dl4jWeights {

    private Dl4jWeights() {
    }

    public static NetworkWeights read(ComputationGraph graph, NetworkReport report) {
        Map<String, float[]> tensors = new HashMap<>();
        for (LayerReport layer : report.layers()) {
            LayerSpec spec = layer.spec();
            if (!hasWeights(spec)) {
                continue;
            }
            Layer dl4j = graph.getLayer(layer.name());
            Map<String, INDArray> params = dl4j.paramTable();
            if (spec instanceof BatchNormSpec bn) {
                put(tensors, layer, "weight", params.get("gamma"));
                put(tensors, layer, "bias", params.get("beta"));
                put(tensors, layer, "running_mean", params.get("mean"));
                put(tensors, layer, "running_var", variance(params, bn.epsilon()));
            } else {
                INDArray weights = params.get("W");
                put(tensors, layer, "weight", spec instanceof DenseSpec ? weights.transpose()
                        : isDepthwise(dl4j) ? weights.permute(2, 3, 0, 1) : weights);
                if (params.containsKey("b")) {
                    put(tensors, layer, "bias", params.get("b"));
                }
            }
        }
        return new NetworkWeights(tensors);
    }

    /** One convolution's weights in PyTorch's layout {@code out x in/groups x kh x kw}, as {@link #read} gives them. */
    public static float[] convolutionWeights(ComputationGraph graph, String layer) {
        Layer dl4j = graph.getLayer(layer);
        INDArray weights = dl4j.getParam("W");
        return NativeFloats.toArray(isDepthwise(dl4j) ? weights.permute(2, 3, 0, 1) : weights);
    }

    /** Sets every conv, dense and batch-norm layer's values; a missing or misfitting tensor is named. */
    public static void write(ComputationGraph graph, NetworkReport report, NetworkWeights weights) {
        for (LayerReport layer : report.layers()) {
            LayerSpec spec = layer.spec();
            if (!hasWeights(spec)) {
                continue;
            }
            Layer dl4j = graph.getLayer(layer.name());
            if (spec instanceof BatchNormSpec bn) {
                set(dl4j, "gamma", require(weights, layer, "weight"));
                set(dl4j, "beta", require(weights, layer, "bias"));
                set(dl4j, "mean", require(weights, layer, "running_mean"));
                float[] variance = require(weights, layer, "running_var");
                if (dl4j.paramTable().containsKey("var")) {
                    set(dl4j, "var", variance);
                } else {
                    float[] logStd = new float[variance.length];
                    for (int i = 0; i < logStd.length; i++) {
                        logStd[i] = (float) Math.log10(Math.sqrt(variance[i] + bn.epsilon()));
                    }
                    set(dl4j, "log10stdev", logStd);
                }
            } else {
                setWeights(dl4j, require(weights, layer, "weight"), spec instanceof DenseSpec);
                if (dl4j.paramTable().containsKey("b")) {
                    set(dl4j, "b", require(weights, layer, "bias"));
                }
            }
        }
    }

    /**
     * Layers with values: convolutions (a transposed one keeps PyTorch's {@code in x out/groups x kh x kw} in
     * DL4J too), dense layers and batch norms.
     */
    private static boolean hasWeights(LayerSpec spec) {
        return spec instanceof Conv2dSpec || spec instanceof ConvTranspose2dSpec || spec instanceof DenseSpec
                || spec instanceof BatchNormSpec;
    }

    /** The running variance, from DL4J's {@code var} or its {@code log10stdev = log10(sqrt(var + eps))}. */
    private static INDArray variance(Map<String, INDArray> params, double epsilon) {
        if (params.containsKey("var")) {
            return params.get("var");
        }
        float[] log = NativeFloats.toArray(params.get("log10stdev"));
        float[] variance = new float[log.length];
        for (int i = 0; i < log.length; i++) {
            variance[i] = (float) (Math.pow(10, 2.0 * log[i]) - epsilon);
        }
        return Nd4j.createFromArray(variance);
    }

    private static float[] require(NetworkWeights weights, LayerReport layer, String role) {
        return weights.tensor(layer.name(), role).orElseThrow(() -> new IllegalArgumentException(
                "no " + role + " values for layer " + layer.name()));
    }

    private static void put(Map<String, float[]> tensors, LayerReport layer, String role, INDArray values) {
        tensors.put(layer.name() + "." + role, NativeFloats.toArray(values));
    }

    /**
     * Copies PyTorch's weights into {@code W}: a dense {@code out x in} transposed; a depthwise
     * {@code in*m x 1 x kh x kw} (filter {@code c*m + j} reads channel {@code c}) as DL4J's
     * {@code kh x kw x in x m}; other convolutions as they are.
     */
    private static void setWeights(Layer layer, float[] values, boolean dense) {
        INDArray target = checkedTarget(layer, "W", values);
        INDArray source = Nd4j.createFromArray(values);
        if (dense) {
            source = source.reshape('c', new long[] {target.size(1), target.size(0)}).transpose();
        } else if (isDepthwise(layer)) {
            source = source.reshape('c', new long[] {target.size(2), target.size(3), target.size(0), target.size(1)})
                    .permute(2, 3, 0, 1);
        } else {
            source = source.reshape('c', target.shape());
        }
        target.assign(source.castTo(target.dataType()));
    }

    /** Copies the values into a parameter view of the same layout. */
    private static void set(Layer layer, String key, float[] values) {
        INDArray target = checkedTarget(layer, key, values);
        target.assign(Nd4j.createFromArray(values).reshape('c', target.shape()).castTo(target.dataType()));
    }

    private static INDArray checkedTarget(Layer layer, String key, float[] values) {
        INDArray target = layer.getParam(key);
        if (target.length() != values.length) {
            throw new IllegalArgumentException("layer " + layer.getConfig().getLayerName() + ": " + key + " needs "
                    + target.length() + " values but gets " + values.length);
        }
        return target;
    }

    /** DL4J keeps a depthwise convolution's weights as {@code kh x kw x in x multiplier}. */
    private static boolean isDepthwise(Layer layer) {
        return layer.getConfig() instanceof DepthwiseConvolution2D;
    }
}
