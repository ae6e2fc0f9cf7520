package org.cnnexplorer.dl4j.layers;

import java.util.List;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonIgnoreProperties;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * ShuffleNet's channel shuffle: {@code N x C x H x W} reshaped to {@code N x g x C/g x H x W},
 * the two channel axes swapped, and reshaped back, as PyTorch's
 * {@code x.view(n, g, c / g, h, w).transpose(1, 2).reshape(n, c, h, w)}; its gradient is the
 * inverse shuffle, with {@code C/g} groups ({@link ChannelShuffleVertexImpl}). It was a SameDiff
 * lambda vertex, whose input gradient DL4J M2.1 doubled; the unknown fields of such checkpoints
 * are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ChannelShuffleVertex extends ParameterFreeVertexConfig {

    private final int groups;
    private final int channels;
    private final int height;
    private final int width;

    public ChannelShuffleVertex(@JsonProperty("groups") int groups, @JsonProperty("channels") int channels,
                                @JsonProperty("height") int height, @JsonProperty("width") int width) {
        this.groups = groups;
        this.channels = channels;
        this.height = height;
        this.width = width;
    }

    public int getGroups() {
        return groups;
    }

    public int getChannels() {
        return channels;
    }

    public int getHeight() {
        return height;
    }

    public int getWidth() {
        return width;
    }

    @Override
    public ChannelShuffleVertex clone() {
        return new ChannelShuffleVertex(groups, channels, height, width);
    }

    @Override
    List<Object> settings() {
        return List.of(groups, channels, height, width);
    }

    @Override
    public org.deeplearning4j.nn.graph.vertex.GraphVertex instantiate(ComputationGraph graph, String name, int index,
            INDArray paramsView, boolean initializeParams, DataType dataType) {
        return new ChannelShuffleVertexImpl(graph, name, index, dataType, groups);
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType... inputs) {
        return inputs[0];
    }
}
