package org.cnnexplorer.dl4j.layers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The parameters of a {@link PerGroupConvolutionLayer}: one bias per filter (if any), then the
 * weight tensor of the layer's {@link PerGroupConvolutionLayer#weightShape() shape} in C order, so
 * {@code product(weightShape) (+ filters)} values, as the core counts them. The weights are
 * initialised with the fan-in of one group, {@code in/groups * kh * kw}, and the layer's fan-out.
 */
final class PerGroupConvolutionParams extends ConvolutionParamInitializer {

    static final PerGroupConvolutionParams INSTANCE = new PerGroupConvolutionParams();

    @Override
    public long numParams(Layer layer) {
        PerGroupConvolutionLayer conf = (PerGroupConvolutionLayer) layer;
        long[] shape = conf.weightShape();
        return shape[0] * shape[1] * shape[2] * shape[3] + (conf.hasBias() ? conf.getNOut() : 0);
    }

    @Override
    public Map<String, INDArray> getGradientsFromFlattened(NeuralNetConfiguration conf, INDArray gradientView) {
        PerGroupConvolutionLayer layer = (PerGroupConvolutionLayer) conf.getLayer();
        Map<String, INDArray> views = new LinkedHashMap<>();
        INDArray flat = gradientView.rank() == 1 ? gradientView : gradientView.reshape(gradientView.length());
        long biases = layer.hasBias() ? layer.getNOut() : 0;
        if (biases > 0) {
            views.put(BIAS_KEY, flat.get(NDArrayIndex.interval(0, biases)));
        }
        views.put(WEIGHT_KEY, flat.get(NDArrayIndex.interval(biases, numParams(layer))).reshape('c',
                layer.weightShape()));
        return views;
    }

    @Override
    protected INDArray createWeightMatrix(NeuralNetConfiguration conf, INDArray weightView, boolean initializeParams) {
        PerGroupConvolutionLayer layer = (PerGroupConvolutionLayer) conf.getLayer();
        long[] shape = layer.weightShape();
        if (!initializeParams) {
            return weightView.reshape('c', shape);
        }
        double fanIn = (double) layer.getNIn() / layer.getGroups() * shape[2] * shape[3];
        return layer.getWeightInitFn().init(fanIn, layer.fanOut(), shape, 'c', weightView);
    }
}
