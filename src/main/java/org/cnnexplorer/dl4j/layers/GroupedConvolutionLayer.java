package org.cnnexplorer.dl4j.layers;

import java.util.function.BiFunction;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A convolution whose input channels and filters are split into {@code groups} independent
 * convolutions (AlexNet's two GPUs, ResNeXt's cardinality): filter {@code o} of group
 * {@code i = o / (filters / groups)} sees only input channels {@code i * in/groups} up to the next
 * group. DL4J M2.1 has plain and depthwise convolutions only; this layer keeps one weight tensor in
 * PyTorch's layout {@code filters x in/groups x kh x kw}, so {@code filters * (in / groups) * kh * kw
 * (+ filters)} values, and runs libnd4j's convolution once per group ({@link GroupedConvolution};
 * decision 0010 measures the alternatives). Serialised by class name, so checkpoints restore it.
 */
public class GroupedConvolutionLayer extends PerGroupConvolutionLayer {

    /** For JSON deserialisation. */
    public GroupedConvolutionLayer() {
    }

    private GroupedConvolutionLayer(Builder builder) {
        super(builder);
    }

    /** {@code [filters, in / groups, kh, kw]}: group {@code i} owns filters {@code i * filters/groups} on. */
    @Override
    long[] weightShape() {
        int[] kernel = getKernelSize();
        return new long[] {getNOut(), getNIn() / getGroups(), kernel[0], kernel[1]};
    }

    /** {@code filters * kh * kw / (sh * sw)}, as DL4J's convolution. */
    @Override
    double fanOut() {
        long[] shape = weightShape();
        int[] stride = getStride();
        return shape[0] * shape[2] * shape[3] / ((double) stride[0] * stride[1]);
    }

    @Override
    BiFunction<NeuralNetConfiguration, DataType, Layer> runningLayer() {
        return GroupedConvolution::new;
    }

    /** Builds a {@link GroupedConvolutionLayer} with the settings of DL4J's convolution builder. */
    @SuppressWarnings("unchecked") // build() narrows DL4J's generic <E extends Layer> E build(), as DL4J's own do
    public static class Builder extends GroupsBuilder<Builder> {

        @Override
        public GroupedConvolutionLayer build() {
            ConvolutionUtils.validateConvolutionModePadding(convolutionMode, padding);
            ConvolutionUtils.validateCnnKernelStridePadding(kernelSize, stride, padding);
            return new GroupedConvolutionLayer(this);
        }
    }
}
