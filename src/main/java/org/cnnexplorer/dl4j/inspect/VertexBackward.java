package org.cnnexplorer.dl4j.inspect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.dl4j.layers.TunedConvolutionLayer;
import org.cnnexplorer.inside.InspectionRequest;
import org.cnnexplorer.training.NetworkWeights;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.DropoutLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Broadcast;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Back-propagation of one output unit through the vertices of a graph in reverse topological order,
 * after a {@link VertexPass} kept every vertex's output: the gradient {@code d unit / d vertex output}
 * of each vertex the unit depends on, summed over the vertices that read it. Inference semantics: a
 * batch norm is the per-channel affine map {@code gamma / sqrt(running_var + eps)} (DL4J's own
 * backward uses the batch statistics of training), a dropout passes the gradient unchanged. Every
 * other vertex back-propagates from a fresh copy of its kept inputs, without a forward call of its own:
 * an activation layer's forward may overwrite its input array, and DL4J's backward recomputes what it
 * needs from the input.
 */
final class VertexBackward {

    private final ComputationGraph graph;
    private final InspectionRequest request;
    private final Map<String, List<String>> inputs;
    private final Map<String, LayerReport> layers;
    private final NetworkWeights weights;

    /** {@code layers}: the core layer each vertex stands for, by vertex name (for batch norm's constants). */
    VertexBackward(ComputationGraph graph, InspectionRequest request, Map<String, LayerReport> layers,
                   NetworkWeights weights) {
        this.graph = graph;
        this.request = request;
        this.inputs = graph.getConfiguration().getVertexInputs();
        this.layers = layers;
        this.weights = weights;
        if (graph.getGradientsViewArray() == null) {
            graph.initGradientsView();
        }
        imageGradients(graph);
    }

    /**
     * Saliency needs the gradient of the images, which a training graph's first convolution skips
     * ({@link TunedConvolutionLayer#isReadsNetworkInput}); the inspection graph never trains.
     */
    private static void imageGradients(ComputationGraph graph) {
        for (GraphVertex vertex : graph.getVertices()) {
            if (vertex.hasLayer() && vertex.getLayer().conf().getLayer() instanceof TunedConvolutionLayer tuned) {
                tuned.setReadsNetworkInput(false);
            }
        }
    }

    /**
     * {@code d outputs[score][unit] / d outputs[target]}, shaped as the target's output; an
     * {@link IllegalArgumentException} when the score does not depend on the target.
     */
    INDArray gradient(Map<String, VertexPass.Kept> outputs, String score, int unit, String target) {
        INDArray seed = Nd4j.zeros(DataType.FLOAT, outputs.get(score).shape());
        if (unit >= seed.length()) {
            throw new IllegalArgumentException(score + " has " + seed.length() + " values, no unit " + unit);
        }
        seed.putScalar(unit, 1.0);
        Map<String, INDArray> epsilons = new HashMap<>();
        epsilons.put(score, seed);
        int[] order = graph.topologicalSortOrder();
        for (int i = order.length - 1; i >= 0; i--) {
            GraphVertex vertex = graph.getVertices()[order[i]];
            String name = vertex.getVertexName();
            INDArray epsilon = epsilons.get(name);
            if (name.equals(target)) {
                if (epsilon == null) {
                    break;
                }
                return epsilon;
            }
            if (epsilon != null && !vertex.isInputVertex()) {
                Dl4jInspectionEngine.checkCancelled(request);
                INDArray[] back = backward(vertex, epsilon, outputs);
                List<String> names = inputs.get(name);
                for (int j = 0; j < back.length; j++) {
                    epsilons.merge(names.get(j), back[j].dup(), INDArray::addi);
                }
            }
        }
        throw new IllegalArgumentException(score + " does not depend on " + target);
    }

    private INDArray[] backward(GraphVertex vertex, INDArray epsilon, Map<String, VertexPass.Kept> outputs) {
        if (vertex.hasLayer() && vertex.getLayer() instanceof DropoutLayer) {
            return new INDArray[] {epsilon};
        }
        LayerReport layer = layers.get(vertex.getVertexName());
        if (layer != null && layer.spec() instanceof BatchNormSpec bn) {
            return new INDArray[] {batchNorm(layer.name(), bn, epsilon)};
        }
        LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.noWorkspaces();
        List<String> names = inputs.get(vertex.getVertexName());
        for (int j = 0; j < names.size(); j++) {
            vertex.setInput(j, outputs.get(names.get(j)).array(), workspaces);
        }
        vertex.setEpsilon(epsilon);
        INDArray[] back = vertex.doBackward(false, workspaces).getSecond();
        vertex.clear();
        return back;
    }

    /** {@code dL/dx[c] = dL/dy[c] * gamma[c] / sqrt(running_var[c] + eps)}, broadcast over the channel's pixels. */
    private INDArray batchNorm(String name, BatchNormSpec bn, INDArray epsilon) {
        float[] gamma = weights.tensor(name, "weight").orElseThrow();
        float[] variance = weights.tensor(name, "running_var").orElseThrow();
        float[] scale = new float[gamma.length];
        for (int c = 0; c < scale.length; c++) {
            scale[c] = (float) (gamma[c] / Math.sqrt(variance[c] + bn.epsilon()));
        }
        INDArray factors = Nd4j.createFromArray(scale).castTo(epsilon.dataType());
        return Broadcast.mul(epsilon, factors, epsilon.ulike(), 1);
    }
}
