package org.cnnexplorer.dl4j.inspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Saturating;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.dl4j.graph.Dl4jGraphFactory;
import org.cnnexplorer.dl4j.graph.Dl4jWeights;
import org.cnnexplorer.dl4j.graph.GraphOptions;
import org.cnnexplorer.dl4j.layers.NativeFloats;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Numbers;
import org.cnnexplorer.inside.ClassScore;
import org.cnnexplorer.inside.GradientRequest;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.inside.InspectionEngine;
import org.cnnexplorer.inside.InspectionRequest;
import org.cnnexplorer.inside.LayerActivation;
import org.cnnexplorer.inside.TensorStats;
import org.cnnexplorer.training.NetworkWeights;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Inside view's forward pass in DL4J. The graph is built unfused
 * ({@link Dl4jGraphFactory#translate}), so that every core layer (each activation, the classifier's
 * logits and its softmax) has a vertex of its own whose output is that layer's true activation;
 * {@link VertexPass} runs it vertex by vertex, keeping each output, and times each vertex.
 */
public final class Dl4jInspectionEngine implements InspectionEngine {

    private static final int TOP = 5;

    /** The last graph built, kept for the next image of the same network and weights. */
    private static Prepared last;

    /** A built and initialised graph for one report and weights ({@code given} null: random). */
    private record Prepared(NetworkReport report, NetworkWeights given, Dl4jGraphFactory.Translation translation,
                            ComputationGraph graph, NetworkWeights weights) {

        boolean fits(NetworkReport other, NetworkWeights otherWeights) {
            return report.equals(other) && given == otherWeights;
        }
    }

    /**
     * Runs the request. The graph of the previous request is reused when the network and weights are the
     * same (another image of the same view), so random weights stay the same between images. An image whose
     * maps do not fit in the Java heap is refused before it runs ({@link #checkMapsFit}); running out of
     * memory on the way is the same kind of error, an {@link IllegalArgumentException} with a message.
     */
    @Override
    public Inspection inspect(InspectionRequest request) {
        synchronized (Dl4jInspectionEngine.class) {
            checkMapsFit(request.report());
            try {
                return inspectNow(request);
            } catch (OutOfMemoryError e) {
                throw new IllegalArgumentException(outOfMemory(request.report(), e));
            }
        }
    }

    private Inspection inspectNow(InspectionRequest request) {
        Dl4jRuntime.get();
        Prepared prepared = prepare(request.report(), request.weights());
        NetworkReport report = request.report();
        ComputationGraph graph = prepared.graph();
        Map<String, VertexPass.Kept> outputs;
        VertexPass.Times times;
        try (VertexPass pass = new VertexPass(graph, request)) {
            outputs = pass.run(request.image(), featureShape(request));
            times = pass.time(outputs);
        }
        List<LayerActivation> layers = new ArrayList<>();
        for (LayerReport layer : report.layers()) {
            String vertex = prepared.translation().vertices().get(layer.name());
            float[] values = outputs.get(vertex).values();
            layers.add(new LayerActivation(layer.name(), layer.output(), values, TensorStats.of(values),
                    times.layerMillis(layer.name(), vertex), flops(layer)));
        }
        List<ClassScore> top = top(report, layers.get(layers.size() - 1).values(), request.classNames());
        return new Inspection(report, layers, top, prepared.weights(), times.passMillis());
    }

    /**
     * The gradient of one score unit with respect to a layer's output: a forward pass keeping every
     * vertex's output, then {@link VertexBackward} from the score's vertex down to the layer's.
     */
    @Override
    public float[] gradient(GradientRequest request) {
        NetworkReport report = request.inspection().report();
        synchronized (Dl4jInspectionEngine.class) {
            checkMapsFit(report);
            try {
                return gradientNow(request);
            } catch (OutOfMemoryError e) {
                throw new IllegalArgumentException(outOfMemory(report, e));
            }
        }
    }

    private float[] gradientNow(GradientRequest request) {
        InspectionRequest inspection = request.inspection();
        NetworkReport report = inspection.report();
        Dl4jRuntime.get();
        Prepared prepared = prepare(report, inspection.weights());
        Map<String, String> vertices = prepared.translation().vertices();
        String score = vertex(vertices, request.scoreLayer(), report);
        String target = vertex(vertices, request.layer(), report);
        Map<String, LayerReport> layers = new HashMap<>();
        report.layers().forEach(l -> layers.putIfAbsent(vertices.get(l.name()), l));
        try (VertexPass pass = new VertexPass(prepared.graph(), inspection)) {
            Map<String, VertexPass.Kept> outputs = pass.run(inspection.image(), featureShape(inspection));
            return NativeFloats.toArray(new VertexBackward(prepared.graph(), inspection, layers, prepared.weights())
                    .gradient(outputs, score, request.unit(), target));
        }
    }

    private static String vertex(Map<String, String> vertices, String layer, NetworkReport report) {
        String vertex = vertices.get(layer);
        if (vertex == null) {
            throw new IllegalArgumentException(Messages.text("dl4j.inspect.noLayer", layer, report.spec().id()));
        }
        return vertex;
    }

    private static long[] featureShape(InspectionRequest request) {
        Shape in = request.report().settings().input();
        return new long[] {1, in.channels(), in.height(), in.width()};
    }

    private static Prepared prepare(NetworkReport report, NetworkWeights given) {
        if (last != null && last.fits(report, given)) {
            return last;
        }
        if (last != null) {
            last.graph().close();
            last = null;
        }
        Dl4jGraphFactory.Translation translation = Dl4jGraphFactory.translate(report,
                new GraphOptions(Optimizer.SGD, 0.01, 42), false);
        ComputationGraph graph = new ComputationGraph(translation.configuration());
        graph.init();
        try {
            NetworkWeights weights = given;
            if (weights == null) {
                weights = Dl4jWeights.read(graph, report);
            } else {
                Dl4jWeights.write(graph, report, weights);
            }
            last = new Prepared(report, given, translation, graph, weights);
            return last;
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    /** The longest Java array of floats the JVM allocates. */
    private static final long LONGEST_ARRAY = Integer.MAX_VALUE - 8;

    /**
     * Refuses, with a message naming the network, the input and the sizes, an image whose maps cannot all be
     * kept: the view keeps every layer's map as a Java array ({@code sum over layers of C*H*W*4} bytes, plus one
     * map's copy on the way), so it needs that much free Java heap, and no map may pass a Java array's length.
     * When the heap looks too full, the garbage collector runs once (the previous image's maps may be garbage
     * not yet collected) before the verdict.
     */
    static void checkMapsFit(NetworkReport report) {
        long values = 0;
        long largest = 0;
        for (LayerReport layer : report.layers()) {
            long n = layer.output().elements();
            largest = Math.max(largest, n);
            values = Saturating.sum(values, n);
        }
        long bytes = Saturating.product(Saturating.sum(values, largest), Float.BYTES);
        if (largest <= LONGEST_ARRAY && (bytes <= freeHeap() || bytes <= freeHeapAfterCollection())) {
            return;
        }
        throw new IllegalArgumentException(Messages.text("dl4j.inspect.tooLarge", report.spec().id(),
                report.settings().input(), Numbers.bytes(bytes), Numbers.bytes(freeHeap())));
    }

    /** {@link #freeHeap} after a collection: the previous image's maps may be garbage not yet collected. */
    private static long freeHeapAfterCollection() {
        System.gc();
        return freeHeap();
    }

    /** What the Java heap can still take: its limit less what is in use. */
    private static long freeHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    private static String outOfMemory(NetworkReport report, OutOfMemoryError e) {
        return Messages.text("dl4j.inspect.outOfMemory", report.spec().id(), report.settings().input(),
                String.valueOf(e.getMessage()));
    }

    static void checkCancelled(InspectionRequest request) {
        if (request.cancelled().getAsBoolean()) {
            throw new CancellationException("inspection cancelled");
        }
    }

    private static long flops(LayerReport layer) {
        return 2 * layer.macs() + layer.otherOps();
    }

    /** The most probable classes; the last layer's values are probabilities when it is a softmax. */
    static List<ClassScore> top(NetworkReport report, float[] last, List<String> names) {
        LayerReport output = report.layers().get(report.layers().size() - 1);
        boolean probabilities = output.spec() instanceof ActivationSpec a
                && a.function() == org.cnnexplorer.core.Activation.SOFTMAX;
        double[] p = probabilities ? toDouble(last) : softmax(last);
        Integer[] order = new Integer[p.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        List<ClassScore> top = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP, order.length); i++) {
            int k = order[i];
            top.add(new ClassScore(k, k < names.size() ? names.get(k) : Messages.text("calc.evidence.class", k), p[k]));
        }
        return top;
    }

    private static double[] toDouble(float[] values) {
        double[] result = new double[values.length];
        Arrays.setAll(result, i -> values[i]);
        return result;
    }

    /** {@code p_i = exp(z_i - max z) / sum_j exp(z_j - max z)}. */
    private static double[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float z : logits) {
            max = Math.max(max, z);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
