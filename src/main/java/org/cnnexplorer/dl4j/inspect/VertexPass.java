package org.cnnexplorer.dl4j.inspect;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.cnnexplorer.dl4j.layers.NativeFloats;
import org.cnnexplorer.inside.InspectionRequest;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A forward pass vertex by vertex in DL4J's topological order, keeping a copy of every vertex's output as a
 * Java array ({@link Kept}).
 * {@link ComputationGraph#feedForward} returns the same values, but an activation layer may apply its
 * function in place on its input's array, so that a convolution's entry would then hold the activated
 * values; here each vertex gets copies of its inputs. {@link #time} measures each vertex alone on
 * those inputs: one warm-up run, then the median of {@code timingRuns} runs.
 *
 * <p>Each vertex runs inside one ND4J workspace of the calling thread ({@link #WORKSPACE}, reused, grown to
 * the largest vertex's need): its inputs (made from the kept Java arrays), its output and whatever its layer
 * allocates on the way live there and are dropped together when the vertex is done; the output's values are
 * copied into a Java array, which is also what the Inside view shows. So a pass allocates no native memory
 * outside the workspace. Before the workspace, all of it was left to the garbage collector, which the small
 * Java objects wrapping the native memory seldom wake: 30 ResNet-50 inspections at 224x224 (one image each)
 * peaked at 4.1-8.3 GB of RSS with 10-36 s of system time (page faults) in four runs, against 2.4-4.5 GB and
 * 5-13 s with the workspace. Then each output was still kept as a native copy outside the workspace (and
 * copied again to a Java array), and glibc served those copies with fresh, zero-filled pages: 437,000 page
 * faults in 27 inspections, 83 % of them in libnd4j's {@code allocateDataBuffer}.
 */
final class VertexPass implements AutoCloseable {

    private static final String LOSS = "loss";

    /** The workspace each vertex runs in; it grows to the largest vertex's need and is reused. */
    private static final String WORKSPACE = "CNNX_INSPECT_VERTEX";

    /** DL4J's policies for a graph's activations ({@code ComputationGraph.WS_ALL_LAYERS_ACT_CONFIG}, not public). */
    private static final WorkspaceConfiguration CONFIG = WorkspaceConfiguration.builder()
            .initialSize(0)
            .overallocationLimit(0.05)
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .policyReset(ResetPolicy.BLOCK_LEFT)
            .policySpill(SpillPolicy.REALLOCATE)
            .policyAllocation(AllocationPolicy.OVERALLOCATE)
            .build();

    private final ComputationGraph graph;
    private final InspectionRequest request;
    private final Map<String, List<String>> inputs;
    /** Every array type in {@link #WORKSPACE}; one per pass, as layers may record helper memory in it. */
    private final LayerWorkspaceMgr inWorkspace = LayerWorkspaceMgr.builder().defaultWorkspace(WORKSPACE, CONFIG)
            .build();
    /** The image as the graph's input (a preprocessor vertex reads the batch size there), set by {@link #run}. */
    private INDArray features;

    VertexPass(ComputationGraph graph, InspectionRequest request) {
        this.graph = graph;
        this.request = request;
        this.inputs = graph.getConfiguration().getVertexInputs();
    }

    /**
     * Median milliseconds per DL4J vertex and for the whole pass ({@link ComputationGraph#output}) on the
     * image of the last {@link #run}.
     */
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

    /**
     * A vertex's output: its float values in C order and its DL4J shape.
     *
     * @param values the values; shared, never written
     */
    record Kept(float[] values, long[] shape) {

        /** A copy of the values of {@code array} (any order or strides). */
        static Kept of(INDArray array) {
            return new Kept(NativeFloats.toArray(array), array.shape());
        }

        /** A new C-order array of the values, in the current workspace if one is open. */
        INDArray array() {
            INDArray array = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
            NativeFloats.of(array).put(values);
            return array;
        }
    }

    /**
     * Every vertex's output for {@code image} (shaped as {@code features}), by vertex name (the input vertex
     * included, with a copy of {@code image} as its values).
     */
    @SuppressWarnings("try") // the workspace is entered and left by the try; its variable is unused
    Map<String, Kept> run(float[] image, long[] shape) {
        Kept input = new Kept(image.clone(), shape.clone());
        close();
        features = input.array();
        graph.setInputs(features);
        Map<String, Kept> outputs = new HashMap<>();
        for (int index : graph.topologicalSortOrder()) {
            GraphVertex vertex = graph.getVertices()[index];
            Dl4jInspectionEngine.checkCancelled(request);
            if (vertex.isInputVertex()) {
                outputs.put(vertex.getVertexName(), input);
            } else if (!vertex.getVertexName().equals(LOSS)) {
                try (MemoryWorkspace ignored = open()) {
                    outputs.put(vertex.getVertexName(), Kept.of(forward(vertex, copies(vertex, outputs))));
                }
            }
        }
        return outputs;
    }

    @SuppressWarnings("try") // as in run
    Times time(Map<String, Kept> outputs) {
        int runs = request.timingRuns();
        if (runs == 0) {
            return new Times(Map.of(), Double.NaN);
        }
        Map<String, Double> millis = new HashMap<>();
        for (int index : graph.topologicalSortOrder()) {
            GraphVertex vertex = graph.getVertices()[index];
            if (!vertex.isInputVertex() && !vertex.getVertexName().equals(LOSS)) {
                millis.put(vertex.getVertexName(), median(runs, () -> {
                    try (MemoryWorkspace ignored = open()) {
                        INDArray[] in = copies(vertex, outputs);
                        long start = System.nanoTime();
                        forward(vertex, in);
                        return System.nanoTime() - start;
                    }
                }));
            }
        }
        double pass = median(runs, () -> {
            long start = System.nanoTime();
            INDArray out = graph.output(false, features)[0];
            long nanos = System.nanoTime() - start;
            if (out.closeable()) {
                out.close();
            }
            return nanos;
        });
        graph.setInputs(features);
        return new Times(millis, pass);
    }

    /** Takes the image off the graph and frees its native copy (at once: the collector may find it late). */
    @Override
    public void close() {
        if (features != null) {
            graph.setInputs((INDArray[]) null);
            features.close();
            features = null;
        }
    }

    private static MemoryWorkspace open() {
        return Nd4j.getWorkspaceManager().getAndActivateWorkspace(CONFIG, WORKSPACE);
    }

    /** Fresh arrays of the vertex's inputs (in the workspace): a layer may overwrite its input. */
    private INDArray[] copies(GraphVertex vertex, Map<String, Kept> outputs) {
        return inputs.get(vertex.getVertexName()).stream().map(name -> outputs.get(name).array())
                .toArray(INDArray[]::new);
    }

    private INDArray forward(GraphVertex vertex, INDArray[] in) {
        for (int i = 0; i < in.length; i++) {
            vertex.setInput(i, in[i], inWorkspace);
        }
        INDArray out = vertex.doForward(false, inWorkspace);
        vertex.clear();
        return out;
    }

    /** One warm-up run, then the median of {@code runs} runs of {@code nanos} (each returns its own time), in ms. */
    private double median(int runs, LongSupplier nanos) {
        Dl4jInspectionEngine.checkCancelled(request);
        nanos.getAsLong();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            Dl4jInspectionEngine.checkCancelled(request);
            times[i] = nanos.getAsLong() / 1e6;
        }
        Arrays.sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }
}
