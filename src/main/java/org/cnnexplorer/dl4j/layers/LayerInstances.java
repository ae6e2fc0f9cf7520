package org.cnnexplorer.dl4j.layers;

import java.util.Collection;
import java.util.function.BiFunction;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What every custom layer configuration's {@code instantiate} does, as DL4J's own do: check that
 * the input and output counts are set (layers with weights), make the running layer, and hand it
 * its listeners, index, parameter views (initialised or not) and configuration.
 */
final class LayerInstances {

    private LayerInstances() {
    }

    static Layer create(NeuralNetConfiguration conf, BiFunction<NeuralNetConfiguration, DataType, Layer> layerType,
            DataType dataType, Collection<TrainingListener> listeners, int index, INDArray paramsView,
            boolean initializeParams) {
        if (conf.getLayer() instanceof FeedForwardLayer config) {
            LayerValidation.assertNInNOutSet(config.getClass().getSimpleName(), config.getLayerName(), index,
                    config.getNIn(), config.getNOut());
        }
        Layer layer = layerType.apply(conf, dataType);
        layer.setListeners(listeners);
        layer.setIndex(index);
        layer.setParamsViewArray(paramsView);
        layer.setParamTable(conf.getLayer().initializer().init(conf, paramsView, initializeParams));
        layer.setConf(conf);
        return layer;
    }
}
