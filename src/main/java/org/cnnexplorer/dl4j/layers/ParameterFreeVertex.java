package org.cnnexplorer.dl4j.layers;

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

/**
 * The running side of our custom vertices without parameters (channel-wise multiply, channel
 * shuffle, interpolation): the forward pass is a function of {@link #inputs}, the backward pass one of
 * {@link #epsilon} (and the inputs), each run inside DL4J's workspace scope for its arrays. Plain
 * vertices rather than SameDiff lambda vertices, whose gradients DL4J M2.1 gets wrong (decision 0007).
 */
@SuppressWarnings("overrides") // DL4J's BaseGraphVertex.setInputs drops the interface's varargs, not ours to fix
abstract class ParameterFreeVertex extends BaseGraphVertex {

    /** What the vertex does, for messages: {@code multiply}, {@code channel shuffle}. */
    private final String what;

    ParameterFreeVertex(ComputationGraph graph, String name, int index, DataType dataType, String what) {
        super(graph, name, index, null, null, dataType);
        this.what = what;
    }

    /** The output, from {@link #inputs}. */
    abstract INDArray forward();

    /** The gradient of each input, from {@link #epsilon} and the inputs. */
    abstract INDArray[] backward();

    @Override
    public final boolean hasLayer() {
        return false;
    }

    @Override
    public final Layer getLayer() {
        return null;
    }

    @Override
    @SuppressWarnings("try") // the workspace scope is entered and left by the try; its variable is unused
    public final INDArray doForward(boolean training, LayerWorkspaceMgr workspaceMgr) {
        if (!canDoForward()) {
            throw new IllegalStateException(what + " " + vertexName + ": input not set");
        }
        try (MemoryWorkspace ws = workspaceMgr.notifyScopeBorrowed(ArrayType.ACTIVATIONS)) {
            return forward();
        }
    }

    @Override
    @SuppressWarnings("try") // as in doForward
    public final Pair<Gradient, INDArray[]> doBackward(boolean tbptt, LayerWorkspaceMgr workspaceMgr) {
        if (!canDoBackward()) {
            throw new IllegalStateException(what + " " + vertexName + ": errors not set");
        }
        try (MemoryWorkspace ws = workspaceMgr.notifyScopeBorrowed(ArrayType.ACTIVATION_GRAD)) {
            return new Pair<>(null, backward());
        }
    }

    @Override
    public final void setBackpropGradientsViewArray(INDArray view) {
        if (view != null) {
            throw new IllegalStateException(what + " " + vertexName + " has no parameters");
        }
    }

    @Override
    public final Pair<INDArray, MaskState> feedForwardMaskArrays(INDArray[] masks, MaskState state,
                                                                 int minibatchSize) {
        return masks == null || masks.length == 0 ? null : new Pair<>(masks[0], state);
    }
}
