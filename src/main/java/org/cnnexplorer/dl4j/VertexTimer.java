package org.cnnexplorer.dl4j;

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
 * Measures the forward time of each DL4J vertex alone, fed with the inputs the full pass gave it: one
 * warm-up run, then the median of {@code timingRuns} runs. A core layer's time is its vertex's plus
 * that of helper vertices named after it (a pool's {@code NAME.ceilpad}); layers that are aliases of
 * another vertex (a flatten of a flat vector) have none ({@code NaN}). The whole pass is timed the same
 * way with {@link ComputationGraph#output}.
 */
final class VertexTimer {

    private final ComputationGraph graph;
    private final Map<String, INDArray> outputs;
    private final INDArray features;
    private final InspectionRequest request;

    VertexTimer(ComputationGraph graph, Map<String, INDArray> outputs, INDArray features,
                InspectionRequest request) {
        this.graph = graph;
        this.outputs = outputs;
        this.features = features;
        this.request = request;
    }

    /** Median milliseconds per DL4J vertex and for the whole pass. */
    record Times(Map<String, Double> vertexMillis, double passMillis) {

        double layerMillis(String layer, String vertex) {
            if (!vertex.equals(layer)) {
                return Double.NaN;
            }
            double own = vertexMillis.getOrDefault(layer, Double.NaN);
            return own + vertexMillis.getOrDefault(layer + ".ceilpad", 0.0);
        }
    }

    Times measure() {
        int runs = request.timingRuns();
        if (runs == 0) {
            return new Times(Map.of(), Double.NaN);
        }
        Map<String, Double> millis = new HashMap<>();
        Map<String, List<String>> inputs = graph.getConfiguration().getVertexInputs();
        for (int index : graph.topologicalSortOrder()) {
            GraphVertex vertex = graph.getVertices()[index];
            if (vertex.isInputVertex() || vertex.getVertexName().equals("loss")) {
                continue;
            }
            INDArray[] in = inputs.get(vertex.getVertexName()).stream().map(this::output).toArray(INDArray[]::new);
            millis.put(vertex.getVertexName(), median(runs, () -> forward(vertex, in)));
        }
        double pass = median(runs, () -> graph.output(false, features));
        return new Times(millis, pass);
    }

    private INDArray output(String vertex) {
        INDArray value = outputs.get(vertex);
        return value != null ? value : features;
    }

    private static void forward(GraphVertex vertex, INDArray[] in) {
        LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.noWorkspaces();
        for (int i = 0; i < in.length; i++) {
            vertex.setInput(i, in[i], workspaces);
        }
        vertex.doForward(false, workspaces);
        vertex.clear();
    }

    /** One warm-up run, then the median of {@code runs} timed runs, in milliseconds. */
    private double median(int runs, Runnable work) {
        Dl4jInspectionEngine.checkCancelled(request);
        work.run();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            Dl4jInspectionEngine.checkCancelled(request);
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }
}
