package org.cnnexplorer.dl4j.layers;

import java.util.Collection;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's convolution layer with a faster backward pass ({@link TunedConvolution}). Everything
 * else, parameters and forward pass included, is DL4J's {@code ConvolutionLayer}. Serialised like
 * any layer (by class name), so checkpoints restore it.
 */
public class TunedConvolutionLayer extends ConvolutionLayer {

    private boolean readsNetworkInput;

    /** For JSON deserialisation. */
    public TunedConvolutionLayer() {
    }

    private TunedConvolutionLayer(Builder builder) {
        super(builder);
        this.readsNetworkInput = builder.readsNetworkInput;
    }

    /** True for a layer fed by the images, which needs no gradient for its input. */
    public boolean isReadsNetworkInput() {
        return readsNetworkInput;
    }

    public void setReadsNetworkInput(boolean readsNetworkInput) {
        this.readsNetworkInput = readsNetworkInput;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners, int layerIndex, INDArray paramsView, boolean initializeParams,
            DataType dataType) {
        return LayerInstances.create(conf, TunedConvolution::new, dataType, listeners, layerIndex, paramsView,
                initializeParams);
    }

    /** Builds a {@link TunedConvolutionLayer} with the settings of DL4J's convolution builder. */
    @SuppressWarnings("unchecked") // build() narrows DL4J's generic <E extends Layer> E build(), as DL4J's own do
    public static class Builder extends ConvolutionLayer.Builder {

        private boolean readsNetworkInput;

        /** Marks the layer as fed by the network input. */
        public Builder readsNetworkInput(boolean value) {
            this.readsNetworkInput = value;
            return this;
        }

        @Override
        public TunedConvolutionLayer build() {
            ConvolutionUtils.validateConvolutionModePadding(convolutionMode, padding);
            ConvolutionUtils.validateCnnKernelStridePadding(kernelSize, stride, padding);
            return new TunedConvolutionLayer(this);
        }
    }
}
