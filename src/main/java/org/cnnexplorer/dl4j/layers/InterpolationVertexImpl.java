package org.cnnexplorer.dl4j.layers;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.BaseGraphVertex;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The running vertex of {@link InterpolationVertex}: two matrix products over the whole batch,
 * one along the width ({@code [N*C*H, W] x [W, W']}) and one along the height
 * ({@code [H', H] x [H, N*C*W']}); the backward pass is the same with the transposed matrices.
 */
@SuppressWarnings("overrides") // DL4J's BaseGraphVertex.setInputs drops the interface's varargs, not ours to fix
final class InterpolationVertexImpl extends ParameterFreeVertex {

    /** {@code A_h}, {@code A_h^T}, {@code A_w}, {@code A_w^T}: the fixed matrices, outside any workspace. */
    private final INDArray rows;
    private final INDArray rowsTransposed;
    private final INDArray columns;
    private final INDArray columnsTransposed;

    @SuppressWarnings("try") // the scope is entered and left by the try; its variable is unused
    InterpolationVertexImpl(ComputationGraph graph, String name, int index, DataType dataType, float[][] rows,
                            float[][] columns) {
        super(graph, name, index, dataType, "interpolation");
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            this.rows = Nd4j.createFromArray(rows).castTo(dataType);
            this.rowsTransposed = this.rows.transpose().dup('c');
            this.columns = Nd4j.createFromArray(columns).castTo(dataType);
            this.columnsTransposed = this.columns.transpose().dup('c');
        }
    }



    @Override
    INDArray forward() {
        return resize(inputs[0], rows, columnsTransposed);
    }

    @Override
    INDArray[] backward() {
        return new INDArray[] {resize(epsilon, rowsTransposed, columns)};
    }

    /**
     * {@code height . X . width} per image and channel of an NCHW array, {@code height} being
     * {@code H' x H} and {@code width} {@code W x W'}.
     */
    private static INDArray resize(INDArray x, INDArray height, INDArray width) {
        long n = x.size(0);
        long c = x.size(1);
        long h = x.size(2);
        long w = x.size(3);
        long newH = height.size(0);
        long newW = width.size(1);
        INDArray alongWidth = x.dup('c').reshape('c', n * c * h, w).mmul(width);
        INDArray heightFirst = alongWidth.reshape('c', n * c, h, newW).permute(1, 0, 2).dup('c')
                .reshape('c', h, n * c * newW);
        INDArray alongHeight = height.mmul(heightFirst);
        return alongHeight.reshape('c', newH, n * c, newW).permute(1, 0, 2).dup('c').reshape('c', n, c, newH, newW);
    }



    @Override
    public String toString() {
        return "InterpolationVertex(name=" + vertexName + ")";
    }
}
