package org.cnnexplorer.dl4j.layers;

import java.util.Collection;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's depthwise convolution whose backward pass skips a second forward pass ({@link
 * TunedDepthwiseConvolution}).
 * Parameters, their layout and the forward pass are DL4J's {@code DepthwiseConvolution2D}; serialised
 * like any layer (by class name), so checkpoints restore it.
 */
public class TunedDepthwiseConvolutionLayer extends DepthwiseConvolution2D {

    /** For JSON deserialisation. */
    public TunedDepthwiseConvolutionLayer() {
    }

    private TunedDepthwiseConvolutionLayer(Builder builder) {
        super(builder);
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners, int layerIndex, INDArray paramsView, boolean initializeParams,
            DataType dataType) {
        return LayerInstances.create(conf, TunedDepthwiseConvolution::new, dataType, listeners, layerIndex, paramsView,
                initializeParams);
    }

    /** Builds a {@link TunedDepthwiseConvolutionLayer} with the settings of DL4J's depthwise builder. */
    @SuppressWarnings("unchecked") // build() narrows DL4J's generic <E extends Layer> E build(), as DL4J's own do
    public static class Builder extends DepthwiseConvolution2D.Builder {

        @Override
        public TunedDepthwiseConvolutionLayer build() {
            ConvolutionUtils.validateConvolutionModePadding(convolutionMode, padding);
            ConvolutionUtils.validateCnnKernelStridePadding(kernelSize, stride, padding);
            return new TunedDepthwiseConvolutionLayer(this);
        }
    }
}
