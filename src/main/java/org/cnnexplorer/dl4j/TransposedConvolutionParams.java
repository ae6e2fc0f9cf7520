package org.cnnexplorer.dl4j;

import java.util.LinkedHashMap;
import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The parameters of a {@link TransposedConvolutionLayer}: PyTorch's weight
 * {@code in x filters/groups x kh x kw} (C order, group {@code i} owns input rows
 * {@code i * in/groups} up to the next group) and one bias per filter, so
 * {@code in * filters/groups * kh * kw (+ filters)} values, as the core counts them. Initialised
 * as DL4J's {@code Deconvolution2D} is, per group: fan-in {@code in/g * kh * kw}, fan-out
 * {@code filters/g * kh * kw / (sh * sw)}.
 */
final class TransposedConvolutionParams extends ConvolutionParamInitializer {

    static final TransposedConvolutionParams INSTANCE = new TransposedConvolutionParams();

    @Override
    public long numParams(Layer layer) {
        TransposedConvolutionLayer conf = (TransposedConvolutionLayer) layer;
        long[] shape = weightShape(conf);
        return shape[0] * shape[1] * shape[2] * shape[3] + (conf.hasBias() ? conf.getNOut() : 0);
    }

    @Override
    public Map<String, INDArray> getGradientsFromFlattened(NeuralNetConfiguration conf, INDArray gradientView) {
        TransposedConvolutionLayer layer = (TransposedConvolutionLayer) conf.getLayer();
        Map<String, INDArray> views = new LinkedHashMap<>();
        INDArray flat = gradientView.rank() == 1 ? gradientView : gradientView.reshape(gradientView.length());
        long biases = layer.hasBias() ? layer.getNOut() : 0;
        if (biases > 0) {
            views.put(BIAS_KEY, flat.get(NDArrayIndex.interval(0, biases)));
        }
        views.put(WEIGHT_KEY, flat.get(NDArrayIndex.interval(biases, numParams(layer))).reshape('c',
                weightShape(layer)));
        return views;
    }

    @Override
    protected INDArray createWeightMatrix(NeuralNetConfiguration conf, INDArray weightView, boolean initializeParams) {
        TransposedConvolutionLayer layer = (TransposedConvolutionLayer) conf.getLayer();
        long[] shape = weightShape(layer);
        if (!initializeParams) {
            return weightView.reshape('c', shape);
        }
        int[] stride = layer.getStride();
        double fanIn = (double) layer.getNIn() / layer.getGroups() * shape[2] * shape[3];
        double fanOut = shape[1] * shape[2] * shape[3] / ((double) stride[0] * stride[1]);
        return layer.getWeightInitFn().init(fanIn, fanOut, shape, 'c', weightView);
    }

    /** {@code [in, filters / groups, kh, kw]}. */
    static long[] weightShape(TransposedConvolutionLayer layer) {
        int[] kernel = layer.getKernelSize();
        return new long[] {layer.getNIn(), layer.getNOut() / layer.getGroups(), kernel[0], kernel[1]};
    }
}
