package org.cnnexplorer.dl4j;

import java.util.Collection;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A convolution whose input channels and filters are split into {@code groups} independent
 * convolutions (AlexNet's two GPUs, ResNeXt's cardinality): filter {@code o} of group
 * {@code i = o / (filters / groups)} sees only input channels {@code i * in/groups} up to the next
 * group. DL4J M2.1 has plain and depthwise convolutions only; this layer keeps one weight tensor in
 * PyTorch's layout ({@link GroupedConvolutionParams}) and runs libnd4j's convolution once per group
 * ({@link GroupedConvolution}; decision 0010 measures the alternatives). Serialised by class name,
 * so checkpoints restore it.
 */
public class GroupedConvolutionLayer extends ConvolutionLayer {

    private int groups = 1;

    /** For JSON deserialisation. */
    public GroupedConvolutionLayer() {
    }

    private GroupedConvolutionLayer(Builder builder) {
        super(builder);
        this.groups = builder.groups;
    }

    /** The number of groups; divides both the input channels and the filters. */
    public int getGroups() {
        return groups;
    }

    public void setGroups(int groups) {
        this.groups = groups;
    }

    @Override
    public ParamInitializer initializer() {
        return GroupedConvolutionParams.INSTANCE;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners, int layerIndex, INDArray paramsView, boolean initializeParams,
            DataType dataType) {
        LayerValidation.assertNInNOutSet("GroupedConvolutionLayer", getLayerName(), layerIndex, getNIn(), getNOut());
        if (getNIn() % groups != 0 || getNOut() % groups != 0) {
            throw new IllegalStateException("layer " + getLayerName() + ": " + groups + " groups must divide the "
                    + getNIn() + " input channels and the " + getNOut() + " filters");
        }
        GroupedConvolution layer = new GroupedConvolution(conf, dataType);
        layer.setListeners(listeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(paramsView);
        layer.setParamTable(initializer().init(conf, paramsView, initializeParams));
        layer.setConf(conf);
        return layer;
    }

    /** Builds a {@link GroupedConvolutionLayer} with the settings of DL4J's convolution builder. */
    @SuppressWarnings("unchecked") // build() narrows DL4J's generic <E extends Layer> E build(), as DL4J's own do
    public static class Builder extends ConvolutionLayer.Builder {

        private int groups = 1;

        /** The number of groups. */
        public Builder groups(int value) {
            this.groups = value;
            return this;
        }

        @Override
        public GroupedConvolutionLayer build() {
            ConvolutionUtils.validateConvolutionModePadding(convolutionMode, padding);
            ConvolutionUtils.validateCnnKernelStridePadding(kernelSize, stride, padding);
            return new GroupedConvolutionLayer(this);
        }
    }
}
