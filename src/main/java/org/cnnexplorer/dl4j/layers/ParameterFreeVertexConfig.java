package org.cnnexplorer.dl4j.layers;

import java.util.List;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;

/**
 * The configuration side of our custom vertices without parameters (channel-wise multiply, channel
 * shuffle, interpolation; their running side is a {@link ParameterFreeVertex}): no parameters, one
 * input unless a subclass says otherwise, no memory beyond the activations DL4J counts anyway, and
 * equal when of the same class with equal {@link #settings()}. Serialised by the subclass's name and
 * fields, so checkpoints restore it.
 */
public abstract class ParameterFreeVertexConfig extends GraphVertex {

    /** The values that make two vertices of one class equal, in a fixed order. */
    abstract List<Object> settings();

    @Override
    public abstract ParameterFreeVertexConfig clone();

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && ((ParameterFreeVertexConfig) other).settings().equals(settings());
    }

    @Override
    public final int hashCode() {
        return 31 * getClass().hashCode() + settings().hashCode();
    }

    @Override
    public final long numParams(boolean backprop) {
        return 0;
    }

    @Override
    public int minVertexInputs() {
        return 1;
    }

    @Override
    public int maxVertexInputs() {
        return 1;
    }

    @Override
    public final MemoryReport getMemoryReport(InputType... inputs) {
        return new LayerMemoryReport.Builder(null, getClass(), inputs[0], getOutputType(-1, inputs))
                .standardMemory(0, 0).workingMemory(0, 0, 0, 0).cacheMemory(0, 0).build();
    }
}
