package org.cnnexplorer.dl4j;

import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLambdaVertex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * ShuffleNet's channel shuffle as a SameDiff vertex: {@code N x C x H x W} reshaped to
 * {@code N x g x C/g x H x W}, the two channel axes swapped, and reshaped back, as PyTorch's
 * {@code x.view(n, g, c / g, h, w).transpose(1, 2).reshape(n, c, h, w)}.
 */
public class ChannelShuffleVertex extends SameDiffLambdaVertex {

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
    public SDVariable defineVertex(SameDiff sameDiff, VertexInputs inputs) {
        SDVariable grouped = sameDiff.reshape(inputs.getInput(0), -1, groups, channels / groups, height, width);
        SDVariable swapped = sameDiff.permute(grouped, 0, 2, 1, 3, 4);
        return sameDiff.reshape(swapped, -1, channels, height, width);
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType... vertexInputs) {
        return vertexInputs[0];
    }

    @Override
    public ChannelShuffleVertex clone() {
        return new ChannelShuffleVertex(groups, channels, height, width);
    }
}
