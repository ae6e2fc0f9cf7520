package org.cnnexplorer.dl4j.inspect;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cnnexplorer.inside.InspectionRequest;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A forward pass vertex by vertex in DL4J's topological order, keeping a copy of every vertex's output.
 * {@link ComputationGraph#feedForward} returns the same values, but an activation layer may apply its
 * function in place on its input's array, so that a convolution's entry would then hold the activated
 * values; here each vertex gets copies of its inputs. {@link #time} measures each vertex alone on
 * those inputs: one warm-up run, then the median of {@code timingRuns} runs.
 */
final class VertexPass {

    private static final String LOSS = "loss";

    private final ComputationGraph graph;
    private final InspectionRequest request;
    private final Map<String, List<String>> inputs;

    VertexPass(ComputationGraph graph, InspectionRequest request) {
        this.graph = graph;
        this.request = request;
        this.inputs = graph.getConfiguration().getVertexInputs();
    }

    /** Median milliseconds per DL4J vertex and for the whole pass ({@link ComputationGraph#output}). */
    record Times(Map<String, Double> vertexMillis, double passMillis) {

        /**
         * A core layer's time: its vertex's plus that of a helper vertex named after it (a pool's
         * {@code NAME.ceilpad}); {@code NaN} for a layer that is an alias of another vertex.
         */
        double layerMillis(String layer, String vertex) {
            if (!vertex.equals(layer)) {
                return Double.NaN;
            }
            double own = vertexMillis.getOrDefault(layer, Double.NaN);
            return own + vertexMillis.getOrDefault(layer + ".ceilpad", 0.0);
        }
    }

    /** Every vertex's output for {@code features}, by vertex name (the input vertex included). */
    Map<String, INDArray> run(INDArray features) {
        graph.setInputs(features);
        Map<String, INDArray> outputs = new HashMap<>();
        for (int index : graph.topologicalSortOrder()) {
            GraphVertex vertex = graph.getVertices()[index];
            Dl4jInspectionEngine.checkCancelled(request);
            if (vertex.isInputVertex()) {
                outputs.put(vertex.getVertexName(), features);
            } else if (!vertex.getVertexName().equals(LOSS)) {
                outputs.put(vertex.getVertexName(), forward(vertex, copies(vertex, outputs)).dup());
            }
        }
        return outputs;
    }

    Times time(Map<String, INDArray> outputs, INDArray features) {
        int runs = request.timingRuns();
        if (runs == 0) {
            return new Times(Map.of(), Double.NaN);
        }
        Map<String, Double> millis = new HashMap<>();
        graph.setInputs(features);
        for (int index : graph.topologicalSortOrder()) {
            GraphVertex vertex = graph.getVertices()[index];
            if (!vertex.isInputVertex() && !vertex.getVertexName().equals(LOSS)) {
                millis.put(vertex.getVertexName(), median(runs, () -> copies(vertex, outputs),
                        in -> forward(vertex, in)));
            }
        }
        double pass = median(runs, () -> null, ignored -> graph.output(false, features));
        return new Times(millis, pass);
    }

    private INDArray[] copies(GraphVertex vertex, Map<String, INDArray> outputs) {
        return inputs.get(vertex.getVertexName()).stream().map(name -> outputs.get(name).dup())
                .toArray(INDArray[]::new);
    }

    private static INDArray forward(GraphVertex vertex, INDArray[] in) {
        LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.noWorkspaces();
        for (int i = 0; i < in.length; i++) {
            vertex.setInput(i, in[i], workspaces);
        }
        INDArray out = vertex.doForward(false, workspaces);
        vertex.clear();
        return out;
    }

    /** One warm-up run, then the median of {@code runs} timed runs in milliseconds; inputs are made untimed. */
    private double median(int runs, java.util.function.Supplier<INDArray[]> prepare,
                          java.util.function.Consumer<INDArray[]> work) {
        Dl4jInspectionEngine.checkCancelled(request);
        work.accept(prepare.get());
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            Dl4jInspectionEngine.checkCancelled(request);
            INDArray[] in = prepare.get();
            long start = System.nanoTime();
            work.accept(in);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }
}
