package org.cnnexplorer.dl4j;

import java.util.Arrays;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.BaseGraphVertex;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Broadcast;

/**
 * The running vertex of {@link MultiplyVertex}. Forward: {@code y = x1 * x2 * ...}, a
 * {@code [N, C, 1, 1]} input multiplying each channel. Backward: {@code dL/dxi = dL/dy} times the
 * other inputs, summed over height and width for a per-channel input (it touched every position).
 */
@SuppressWarnings("overrides") // DL4J's BaseGraphVertex.setInputs drops the interface's varargs, not ours to fix
final class MultiplyVertexImpl extends BaseGraphVertex {

    MultiplyVertexImpl(ComputationGraph graph, String name, int index, DataType dataType) {
        super(graph, name, index, null, null, dataType);
    }

    @Override
    public boolean hasLayer() {
        return false;
    }

    @Override
    public Layer getLayer() {
        return null;
    }

    @Override
    @SuppressWarnings("try") // the workspace scope is entered and left by the try; its variable is unused
    public INDArray doForward(boolean training, LayerWorkspaceMgr workspaceMgr) {
        if (!canDoForward()) {
            throw new IllegalStateException("multiply " + vertexName + ": inputs not set");
        }
        try (MemoryWorkspace ws = workspaceMgr.notifyScopeBorrowed(ArrayType.ACTIVATIONS)) {
            return productExcept(-1, widest());
        }
    }

    @Override
    @SuppressWarnings("try") // as in doForward
    public Pair<Gradient, INDArray[]> doBackward(boolean tbptt, LayerWorkspaceMgr workspaceMgr) {
        if (!canDoBackward()) {
            throw new IllegalStateException("multiply " + vertexName + ": errors not set");
        }
        INDArray[] gradients = new INDArray[inputs.length];
        try (MemoryWorkspace ws = workspaceMgr.notifyScopeBorrowed(ArrayType.ACTIVATION_GRAD)) {
            for (int i = 0; i < inputs.length; i++) {
                INDArray gradient = multiplyInto(epsilon.dup(), productExcept(i, epsilon));
                gradients[i] = Arrays.equals(inputs[i].shape(), epsilon.shape()) ? gradient
                        : gradient.sum(true, 2, 3);
            }
        }
        return new Pair<>(null, gradients);
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
    public void setBackpropGradientsViewArray(INDArray view) {
        if (view != null) {
            throw new IllegalStateException("multiply " + vertexName + " has no parameters");
        }
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArrays(INDArray[] masks, MaskState state, int minibatchSize) {
        return masks == null || masks.length == 0 ? null : new Pair<>(masks[0], state);
    }

    @Override
    public String toString() {
        return "MultiplyVertex(name=" + vertexName + ", inputs=" + inputs.length + ")";
    }
}
