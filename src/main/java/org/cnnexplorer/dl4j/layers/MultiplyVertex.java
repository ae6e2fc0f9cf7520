package org.cnnexplorer.dl4j.layers;

import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.inputs.InvalidInputTypeException;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The core's {@code multiply}: the element-wise product of two or more inputs, where an input of
 * one value per channel ({@code [N, C, 1, 1]}, squeeze-and-excitation's gate) is broadcast over
 * height and width. DL4J's {@code ElementWiseVertex} multiplies equal shapes only. No parameters.
 */
public final class MultiplyVertex extends ParameterFreeVertexConfig {

    @Override
    public MultiplyVertex clone() {
        return new MultiplyVertex();
    }

    @Override
    List<Object> settings() {
        return List.of();
    }

    @Override
    public int minVertexInputs() {
        return 2;
    }

    @Override
    public int maxVertexInputs() {
        return Integer.MAX_VALUE;
    }

    @Override
    public org.deeplearning4j.nn.graph.vertex.GraphVertex instantiate(ComputationGraph graph, String name, int index,
            INDArray paramsView, boolean initializeParams, DataType dataType) {
        return new MultiplyVertexImpl(graph, name, index, dataType);
    }

    /** The widest input's type; every input must have its shape or be its {@code C x 1 x 1}. */
    @Override
    public InputType getOutputType(int layerIndex, InputType... inputs) throws InvalidInputTypeException {
        InputType widest = Arrays.stream(inputs)
                .reduce((a, b) -> b.arrayElementsPerExample() > a.arrayElementsPerExample() ? b : a).orElseThrow();
        for (InputType input : inputs) {
            if (!broadcasts(input, widest)) {
                throw new InvalidInputTypeException("multiply: input " + input + " neither equals " + widest
                        + " nor is one value per channel");
            }
        }
        return widest;
    }

    private static boolean broadcasts(InputType input, InputType output) {
        if (input.equals(output)) {
            return true;
        }
        return input instanceof InputType.InputTypeConvolutional in
                && output instanceof InputType.InputTypeConvolutional out
                && in.getChannels() == out.getChannels() && in.getHeight() == 1 && in.getWidth() == 1;
    }
}
