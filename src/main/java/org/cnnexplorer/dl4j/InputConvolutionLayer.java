package org.cnnexplorer.dl4j;

import java.util.Collection;
import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A DL4J convolution layer that reads the network input directly and therefore never needs the
 * gradient with respect to its input. Its implementation ({@link InputConvolution}) computes
 * only the weight and bias gradients; everything else is DL4J's {@code ConvolutionLayer}.
 * Serialised like any layer (by class name), so checkpoints restore it.
 */
public class InputConvolutionLayer extends ConvolutionLayer {

    /** For JSON deserialisation. */
    public InputConvolutionLayer() {
    }

    private InputConvolutionLayer(Builder builder) {
        super(builder);
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners, int layerIndex, INDArray paramsView, boolean initializeParams,
            DataType dataType) {
        LayerValidation.assertNInNOutSet("InputConvolutionLayer", getLayerName(), layerIndex, getNIn(), getNOut());
        InputConvolution layer = new InputConvolution(conf, dataType);
        layer.setListeners(listeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(paramsView);
        Map<String, INDArray> params = initializer().init(conf, paramsView, initializeParams);
        layer.setParamTable(params);
        layer.setConf(conf);
        return layer;
    }

    /** Builds an {@link InputConvolutionLayer} with the settings of DL4J's convolution builder. */
    public static class Builder extends ConvolutionLayer.Builder {

        @Override
        @SuppressWarnings("unchecked")
        public InputConvolutionLayer build() {
            ConvolutionUtils.validateConvolutionModePadding(convolutionMode, padding);
            ConvolutionUtils.validateCnnKernelStridePadding(kernelSize, stride, padding);
            return new InputConvolutionLayer(this);
        }
    }
}
