package org.cnnexplorer.dl4j.layers;

import java.util.Collection;
import java.util.function.BiFunction;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The configuration shared by our convolutions that DL4J M2.1 lacks and that run a libnd4j op once
 * per group ({@link GroupedConvolutionLayer}, {@link TransposedConvolutionLayer}): the number of
 * groups, which divides both the input channels and the filters, one weight tensor in PyTorch's
 * layout ({@link #weightShape()}, C order, group {@code i} owning the {@code i}-th block of its first
 * axis) and one bias per filter ({@link PerGroupConvolutionParams}). Serialised by the subclass's
 * name, so checkpoints restore it.
 */
public abstract class PerGroupConvolutionLayer extends ConvolutionLayer {

    private int groups = 1;

    /** For JSON deserialisation. */
    protected PerGroupConvolutionLayer() {
    }

    protected PerGroupConvolutionLayer(GroupsBuilder<?> builder) {
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

    /** The weight tensor's shape in PyTorch's layout, its first axis split into the groups. */
    abstract long[] weightShape();

    /** The fan-out the weights are initialised with; the fan-in is one group's, {@code in/g * kh * kw}. */
    abstract double fanOut();

    /** The running layer of this configuration. */
    abstract BiFunction<NeuralNetConfiguration, DataType, org.deeplearning4j.nn.api.Layer> runningLayer();

    @Override
    public ParamInitializer initializer() {
        return PerGroupConvolutionParams.INSTANCE;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners, int layerIndex, INDArray paramsView, boolean initializeParams,
            DataType dataType) {
        if (getNIn() % groups != 0 || getNOut() % groups != 0) {
            throw new IllegalStateException("layer " + getLayerName() + ": " + groups + " groups must divide the "
                    + getNIn() + " input channels and the " + getNOut() + " filters");
        }
        return LayerInstances.create(conf, runningLayer(), dataType, listeners, layerIndex, paramsView,
                initializeParams);
    }

    /** DL4J's convolution builder with the number of groups; {@code B} is the subclass's builder. */
    @SuppressWarnings("unchecked") // self() narrows this to B, which every subclass declares itself as
    public abstract static class GroupsBuilder<B extends GroupsBuilder<B>> extends ConvolutionLayer.Builder {

        private int groups = 1;

        /** The number of groups. */
        public B groups(int value) {
            this.groups = value;
            return (B) this;
        }
    }
}
