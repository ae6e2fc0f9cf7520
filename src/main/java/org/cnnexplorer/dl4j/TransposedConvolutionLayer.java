package org.cnnexplorer.dl4j;

import java.util.Collection;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * PyTorch's {@code ConvTranspose2d} with what DL4J's {@code Deconvolution2D} lacks: output padding,
 * groups, and (checked against PyTorch) dilation. Output per axis
 * {@code (in - 1) * s - 2p + d(k - 1) + outputPadding + 1}; weights in PyTorch's layout
 * {@code in x filters/groups x kh x kw} ({@link TransposedConvolutionParams}); computed by
 * {@link TransposedConvolution}. Serialised by class name, so checkpoints restore it.
 */
public class TransposedConvolutionLayer extends ConvolutionLayer {

    private int groups = 1;
    private int[] outputPadding = {0, 0};

    /** For JSON deserialisation. */
    public TransposedConvolutionLayer() {
    }

    private TransposedConvolutionLayer(Builder builder) {
        super(builder);
        this.groups = builder.groups;
        this.outputPadding = builder.outputPadding.clone();
    }

    /** The number of groups; divides both the input channels and the filters. */
    public int getGroups() {
        return groups;
    }

    public void setGroups(int groups) {
        this.groups = groups;
    }

    /** Rows and columns added at the bottom and right, {@code [height, width]}. */
    public int[] getOutputPadding() {
        return outputPadding.clone();
    }

    public void setOutputPadding(int[] outputPadding) {
        this.outputPadding = outputPadding.clone();
    }

    /** The output length of one axis ({@code 0} height, {@code 1} width) for an input length. */
    long outputLength(long in, int axis) {
        return (in - 1) * getStride()[axis] - 2L * getPadding()[axis]
                + (long) getDilation()[axis] * (getKernelSize()[axis] - 1) + outputPadding[axis] + 1;
    }

    /** The output length before the padding is cropped: {@code (in - 1) * s + d(k - 1) + 1}. */
    long fullLength(long in, int axis) {
        return (in - 1) * getStride()[axis] + (long) getDilation()[axis] * (getKernelSize()[axis] - 1) + 1;
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        InputType.InputTypeConvolutional in = (InputType.InputTypeConvolutional) inputType;
        return InputType.convolutional(outputLength(in.getHeight(), 0), outputLength(in.getWidth(), 1), getNOut());
    }

    @Override
    public ParamInitializer initializer() {
        return TransposedConvolutionParams.INSTANCE;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners, int layerIndex, INDArray paramsView, boolean initializeParams,
            DataType dataType) {
        LayerValidation.assertNInNOutSet("TransposedConvolutionLayer", getLayerName(), layerIndex, getNIn(),
                getNOut());
        if (getNIn() % groups != 0 || getNOut() % groups != 0) {
            throw new IllegalStateException("layer " + getLayerName() + ": " + groups + " groups must divide the "
                    + getNIn() + " input channels and the " + getNOut() + " filters");
        }
        TransposedConvolution layer = new TransposedConvolution(conf, dataType);
        layer.setListeners(listeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(paramsView);
        layer.setParamTable(initializer().init(conf, paramsView, initializeParams));
        layer.setConf(conf);
        return layer;
    }

    /** Builds a {@link TransposedConvolutionLayer} with the settings of DL4J's convolution builder. */
    @SuppressWarnings("unchecked") // build() narrows DL4J's generic <E extends Layer> E build(), as DL4J's own do
    public static class Builder extends ConvolutionLayer.Builder {

        private int groups = 1;
        private int[] outputPadding = {0, 0};

        /** The number of groups. */
        public Builder groups(int value) {
            this.groups = value;
            return this;
        }

        /** Rows and columns added at the bottom and right. */
        public Builder outputPadding(int height, int width) {
            this.outputPadding = new int[] {height, width};
            return this;
        }

        @Override
        public TransposedConvolutionLayer build() {
            ConvolutionUtils.validateCnnKernelStridePadding(kernelSize, stride, padding);
            return new TransposedConvolutionLayer(this);
        }
    }
}
