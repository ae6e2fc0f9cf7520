package org.cnnexplorer.dl4j.layers;

import java.util.Collection;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's pooling configuration, instantiated as a {@link TunedPooling} (DL4J's pass or Java loops,
 * whichever is faster on the machine). Settings and output are DL4J's {@code SubsamplingLayer}'s;
 * serialised like any layer (by class name), so checkpoints restore it.
 */
public class TunedPoolingLayer extends SubsamplingLayer {

    /** For JSON deserialisation. */
    public TunedPoolingLayer() {
    }

    private TunedPoolingLayer(Builder builder) {
        super(builder);
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners, int layerIndex, INDArray paramsView, boolean initializeParams,
            DataType dataType) {
        return LayerInstances.create(conf, TunedPooling::new, dataType, listeners, layerIndex, paramsView,
                initializeParams);
    }

    /** Builds a {@link TunedPoolingLayer}: DL4J's subsampling builder. */
    @SuppressWarnings("unchecked") // build() narrows DL4J's generic <E extends Layer> E build(), as DL4J's own do
    public static class Builder extends SubsamplingLayer.Builder {

        public Builder(org.deeplearning4j.nn.conf.layers.PoolingType type) { // not the inherited nested enum
            super(type);
        }

        @Override
        public TunedPoolingLayer build() {
            ConvolutionUtils.validateConvolutionModePadding(convolutionMode, padding);
            ConvolutionUtils.validateCnnKernelStridePadding(kernelSize, stride, padding);
            return new TunedPoolingLayer(this);
        }
    }
}
