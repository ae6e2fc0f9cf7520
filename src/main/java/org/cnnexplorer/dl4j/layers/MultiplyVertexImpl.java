package org.cnnexplorer.dl4j.layers;

import java.util.Arrays;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.BaseGraphVertex;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Broadcast;

/**
 * The running vertex of {@link MultiplyVertex}. Forward: {@code y = x1 * x2 * ...}, a
 * {@code [N, C, 1, 1]} input multiplying each channel. Backward: {@code dL/dxi = dL/dy} times the
 * other inputs, summed over height and width for a per-channel input (it touched every position).
 */
@SuppressWarnings("overrides") // DL4J's BaseGraphVertex.setInputs drops the interface's varargs, not ours to fix
final class MultiplyVertexImpl extends ParameterFreeVertex {

    MultiplyVertexImpl(ComputationGraph graph, String name, int index, DataType dataType) {
        super(graph, name, index, dataType, "multiply");
    }



    @Override
    INDArray forward() {
        return productExcept(-1, widest());
    }

    @Override
    INDArray[] backward() {
        INDArray[] gradients = new INDArray[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            INDArray gradient = multiplyInto(epsilon.dup(), productExcept(i, epsilon));
            gradients[i] = Arrays.equals(inputs[i].shape(), epsilon.shape()) ? gradient : gradient.sum(true, 2, 3);
        }
        return gradients;
    }

    /** The product of every input but {@code skip}, as an array of {@code like}'s shape. */
    private INDArray productExcept(int skip, INDArray like) {
        INDArray product = like.ulike().assign(1);
        for (int i = 0; i < inputs.length; i++) {
            if (i != skip) {
                multiplyInto(product, inputs[i]);
            }
        }
        return product;
    }

    /** {@code target *= factor}, a {@code [N, C, 1, 1]} factor once per channel. */
    private static INDArray multiplyInto(INDArray target, INDArray factor) {
        if (Arrays.equals(factor.shape(), target.shape())) {
            return target.muli(factor);
        }
        return Broadcast.mul(target, factor.reshape(factor.size(0), factor.size(1)), target, 0, 1);
    }

    private INDArray widest() {
        INDArray widest = inputs[0];
        for (INDArray input : inputs) {
            widest = input.length() > widest.length() ? input : widest;
        }
        return widest;
    }



    @Override
    public String toString() {
        return "MultiplyVertex(name=" + vertexName + ", inputs=" + inputs.length + ")";
    }
}
