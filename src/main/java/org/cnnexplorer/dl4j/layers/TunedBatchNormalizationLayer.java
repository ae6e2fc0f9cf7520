package org.cnnexplorer.dl4j.layers;

import java.util.Collection;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's batch normalisation configuration, instantiated as a {@link TunedBatchNormalization}. Its
 * settings and parameters are DL4J's defaults (decay 0.9, running log10 standard deviation); only
 * epsilon and the folded activation are set. Serialised like any layer (by class name), so
 * checkpoints restore it.
 */
public class TunedBatchNormalizationLayer extends BatchNormalization {

    /** DL4J's defaults; also for JSON deserialisation. */
    public TunedBatchNormalizationLayer() {
    }

    /**
     * A layer with the given epsilon, no activation (an explicit identity: DL4J would otherwise give
     * it the graph's default, a sigmoid) and DL4J's other defaults.
     */
    public static TunedBatchNormalizationLayer withEpsilon(double epsilon) {
        TunedBatchNormalizationLayer layer = new TunedBatchNormalizationLayer();
        layer.setEps(epsilon);
        layer.setActivationFn(new ActivationIdentity());
        return layer;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners, int layerIndex, INDArray paramsView, boolean initializeParams,
            DataType dataType) {
        return LayerInstances.create(conf, TunedBatchNormalization::new, dataType, listeners, layerIndex, paramsView,
                initializeParams);
    }
}
