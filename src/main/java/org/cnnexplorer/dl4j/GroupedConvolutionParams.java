package org.cnnexplorer.dl4j;

import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The parameters of a {@link GroupedConvolutionLayer}: PyTorch's grouped weight
 * {@code filters x in/groups x kh x kw} (C order, group {@code i} owns filters
 * {@code i * filters/groups} up to the next group) and one bias per filter, so
 * {@code filters * (in / groups) * kh * kw (+ filters)} values, as the core counts them.
 * The weights are initialised with the fan-in of one group, {@code in / groups * kh * kw}.
 */
final class GroupedConvolutionParams extends ConvolutionParamInitializer {

    static final GroupedConvolutionParams INSTANCE = new GroupedConvolutionParams();

    @Override
    public long numParams(Layer layer) {
        GroupedConvolutionLayer conf = (GroupedConvolutionLayer) layer;
        long[] shape = weightShape(conf);
        return shape[0] * shape[1] * shape[2] * shape[3] + (conf.hasBias() ? conf.getNOut() : 0);
    }

    @Override
    public Map<String, INDArray> getGradientsFromFlattened(NeuralNetConfiguration conf, INDArray gradientView) {
        GroupedConvolutionLayer layer = (GroupedConvolutionLayer) conf.getLayer();
        Map<String, INDArray> views = new java.util.LinkedHashMap<>();
        long[] shape = weightShape(layer);
        INDArray flat = gradientView.rank() == 1 ? gradientView : gradientView.reshape(gradientView.length());
        long biases = layer.hasBias() ? layer.getNOut() : 0;
        if (biases > 0) {
            views.put(BIAS_KEY, flat.get(NDArrayIndex.interval(0, biases)));
        }
        views.put(WEIGHT_KEY, flat.get(NDArrayIndex.interval(biases, numParams(layer))).reshape('c', shape));
        return views;
    }

    @Override
    protected INDArray createWeightMatrix(NeuralNetConfiguration conf, INDArray weightView, boolean initializeParams) {
        GroupedConvolutionLayer layer = (GroupedConvolutionLayer) conf.getLayer();
        long[] shape = weightShape(layer);
        if (!initializeParams) {
            return weightView.reshape('c', shape);
        }
        int[] stride = layer.getStride();
        double fanIn = shape[1] * shape[2] * shape[3];
        double fanOut = shape[0] * shape[2] * shape[3] / ((double) stride[0] * stride[1]);
        return layer.getWeightInitFn().init(fanIn, fanOut, shape, 'c', weightView);
    }

    /** {@code [filters, in / groups, kh, kw]}. */
    static long[] weightShape(GroupedConvolutionLayer layer) {
        int[] kernel = layer.getKernelSize();
        return new long[] {layer.getNOut(), layer.getNIn() / layer.getGroups(), kernel[0], kernel[1]};
    }
}
