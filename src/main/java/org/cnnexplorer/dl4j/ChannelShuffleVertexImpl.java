package org.cnnexplorer.dl4j;

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
 * The running vertex of {@link ChannelShuffleVertex}: the shuffle with {@code g} groups forward,
 * and with {@code C/g} groups (its inverse) backward.
 */
@SuppressWarnings("overrides") // DL4J's BaseGraphVertex.setInputs drops the interface's varargs, not ours to fix
final class ChannelShuffleVertexImpl extends BaseGraphVertex {

    private final int groups;

    ChannelShuffleVertexImpl(ComputationGraph graph, String name, int index, DataType dataType, int groups) {
        super(graph, name, index, null, null, dataType);
        this.groups = groups;
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
            throw new IllegalStateException("channel shuffle " + vertexName + ": input not set");
        }
        try (MemoryWorkspace ws = workspaceMgr.notifyScopeBorrowed(ArrayType.ACTIVATIONS)) {
            return shuffle(inputs[0], groups);
        }
    }

    @Override
    @SuppressWarnings("try") // as in doForward
    public Pair<Gradient, INDArray[]> doBackward(boolean tbptt, LayerWorkspaceMgr workspaceMgr) {
        if (!canDoBackward()) {
            throw new IllegalStateException("channel shuffle " + vertexName + ": errors not set");
        }
        try (MemoryWorkspace ws = workspaceMgr.notifyScopeBorrowed(ArrayType.ACTIVATION_GRAD)) {
            return new Pair<>(null, new INDArray[] {shuffle(epsilon, (int) (epsilon.size(1) / groups))});
        }
    }

    /** {@code x.view(n, g, c / g, h, w).transpose(1, 2).reshape(n, c, h, w)}, a new C-order array. */
    private static INDArray shuffle(INDArray x, int groups) {
        long n = x.size(0);
        long c = x.size(1);
        long h = x.size(2);
        long w = x.size(3);
        return x.dup('c').reshape('c', n, groups, c / groups, h, w).permute(0, 2, 1, 3, 4).dup('c')
                .reshape('c', n, c, h, w);
    }

    @Override
    public void setBackpropGradientsViewArray(INDArray view) {
        if (view != null) {
            throw new IllegalStateException("channel shuffle " + vertexName + " has no parameters");
        }
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArrays(INDArray[] masks, MaskState state, int minibatchSize) {
        return masks == null || masks.length == 0 ? null : new Pair<>(masks[0], state);
    }

    @Override
    public String toString() {
        return "ChannelShuffleVertex(name=" + vertexName + ", groups=" + groups + ")";
    }
}
