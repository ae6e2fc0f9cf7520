package org.cnnexplorer.dl4j.layers;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.BaseGraphVertex;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The running vertex of {@link ChannelShuffleVertex}: the shuffle with {@code g} groups forward,
 * and with {@code C/g} groups (its inverse) backward.
 */
@SuppressWarnings("overrides") // DL4J's BaseGraphVertex.setInputs drops the interface's varargs, not ours to fix
final class ChannelShuffleVertexImpl extends ParameterFreeVertex {

    private final int groups;

    ChannelShuffleVertexImpl(ComputationGraph graph, String name, int index, DataType dataType, int groups) {
        super(graph, name, index, dataType, "channel shuffle");
        this.groups = groups;
    }



    @Override
    INDArray forward() {
        return shuffle(inputs[0], groups);
    }

    @Override
    INDArray[] backward() {
        return new INDArray[] {shuffle(epsilon, (int) (epsilon.size(1) / groups))};
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
    public String toString() {
        return "ChannelShuffleVertex(name=" + vertexName + ", groups=" + groups + ")";
    }
}
