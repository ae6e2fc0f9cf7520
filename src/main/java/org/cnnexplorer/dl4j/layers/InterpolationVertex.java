package org.cnnexplorer.dl4j.layers;

import java.util.List;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Upsampling (or resizing) by fixed interpolation matrices, as PyTorch's {@code nn.Upsample}
 * in {@code bilinear} mode (with or without aligned corners) and in {@code nearest} mode to any
 * size: per channel {@code Y = A_h . X . A_w^T} with the matrices of {@link Interpolation}, and
 * {@code dX = A_h^T . dY . A_w} ({@link InterpolationVertexImpl}). DL4J's {@code Upsampling2D}
 * copies nearest values by whole factors only. No parameters.
 */
public class InterpolationVertex extends ParameterFreeVertexConfig {

    private final boolean bilinear;
    private final boolean alignCorners;
    private final int channels;
    private final int inHeight;
    private final int inWidth;
    private final int outHeight;
    private final int outWidth;

    /** A {@code channels x inHeight x inWidth} to {@code channels x outHeight x outWidth} resize. */
    public InterpolationVertex(@JsonProperty("bilinear") boolean bilinear,
                               @JsonProperty("alignCorners") boolean alignCorners,
                               @JsonProperty("channels") int channels,
                               @JsonProperty("inHeight") int inHeight, @JsonProperty("inWidth") int inWidth,
                               @JsonProperty("outHeight") int outHeight, @JsonProperty("outWidth") int outWidth) {
        this.bilinear = bilinear;
        this.alignCorners = alignCorners;
        this.channels = channels;
        this.inHeight = inHeight;
        this.inWidth = inWidth;
        this.outHeight = outHeight;
        this.outWidth = outWidth;
    }

    public boolean isBilinear() {
        return bilinear;
    }

    public boolean isAlignCorners() {
        return alignCorners;
    }

    public int getChannels() {
        return channels;
    }

    public int getInHeight() {
        return inHeight;
    }

    public int getInWidth() {
        return inWidth;
    }

    public int getOutHeight() {
        return outHeight;
    }

    public int getOutWidth() {
        return outWidth;
    }

    @Override
    public InterpolationVertex clone() {
        return new InterpolationVertex(bilinear, alignCorners, channels, inHeight, inWidth, outHeight, outWidth);
    }

    @Override
    List<Object> settings() {
        return List.of(bilinear, alignCorners, channels, inHeight, inWidth, outHeight, outWidth);
    }

    @Override
    public org.deeplearning4j.nn.graph.vertex.GraphVertex instantiate(ComputationGraph graph, String name, int index,
            INDArray paramsView, boolean initializeParams, DataType dataType) {
        return new InterpolationVertexImpl(graph, name, index, dataType,
                Interpolation.matrix(bilinear, alignCorners, inHeight, outHeight),
                Interpolation.matrix(bilinear, alignCorners, inWidth, outWidth));
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType... inputs) {
        return InputType.convolutional(outHeight, outWidth, channels);
    }
}
