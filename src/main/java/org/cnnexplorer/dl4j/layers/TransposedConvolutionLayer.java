package org.cnnexplorer.dl4j.layers;

import java.util.function.BiFunction;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * PyTorch's {@code ConvTranspose2d} with what DL4J's {@code Deconvolution2D} lacks: output padding,
 * groups, and (checked against PyTorch) dilation. Output per axis
 * {@code (in - 1) * s - 2p + d(k - 1) + outputPadding + 1}; weights in PyTorch's layout
 * {@code in x filters/groups x kh x kw}, so {@code in * filters/groups * kh * kw (+ filters)} values;
 * computed by {@link TransposedConvolution}. Serialised by class name, so checkpoints restore it.
 */
public class TransposedConvolutionLayer extends PerGroupConvolutionLayer {

    private int[] outputPadding = {0, 0};

    /** For JSON deserialisation. */
    public TransposedConvolutionLayer() {
    }

    private TransposedConvolutionLayer(Builder builder) {
        super(builder);
        this.outputPadding = builder.outputPadding.clone();
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

    /** {@code [in, filters / groups, kh, kw]}: group {@code i} owns input rows {@code i * in/groups} on. */
    @Override
    long[] weightShape() {
        int[] kernel = getKernelSize();
        return new long[] {getNIn(), getNOut() / getGroups(), kernel[0], kernel[1]};
    }

    /** As DL4J's {@code Deconvolution2D} per group: {@code filters/g * kh * kw / (sh * sw)}. */
    @Override
    double fanOut() {
        long[] shape = weightShape();
        int[] stride = getStride();
        return shape[1] * shape[2] * shape[3] / ((double) stride[0] * stride[1]);
    }

    @Override
    BiFunction<NeuralNetConfiguration, DataType, Layer> runningLayer() {
        return TransposedConvolution::new;
    }

    /** Builds a {@link TransposedConvolutionLayer} with the settings of DL4J's convolution builder. */
    @SuppressWarnings("unchecked") // build() narrows DL4J's generic <E extends Layer> E build(), as DL4J's own do
    public static class Builder extends GroupsBuilder<Builder> {

        private int[] outputPadding = {0, 0};

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
