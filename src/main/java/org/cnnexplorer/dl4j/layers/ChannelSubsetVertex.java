package org.cnnexplorer.dl4j.layers;

import org.deeplearning4j.nn.conf.graph.SubsetVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * DL4J's {@link SubsetVertex} (channels {@code from} to {@code to}, both included) with the output
 * type of a feature map fixed: DL4J 1.0.0-M2.1 reports {@code from - to + 1} channels for it.
 */
public class ChannelSubsetVertex extends SubsetVertex {

    public ChannelSubsetVertex(@JsonProperty("from") int from, @JsonProperty("to") int to) {
        super(from, to);
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType... vertexInputs) {
        if (vertexInputs.length == 1 && vertexInputs[0] instanceof InputType.InputTypeConvolutional map) {
            return InputType.convolutional(map.getHeight(), map.getWidth(), getTo() - getFrom() + 1L);
        }
        return super.getOutputType(layerIndex, vertexInputs);
    }

    @Override
    public ChannelSubsetVertex clone() {
        return new ChannelSubsetVertex(getFrom(), getTo());
    }
}
