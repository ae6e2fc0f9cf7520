package org.cnnexplorer.dl4j.layers;

import java.util.Arrays;
import java.util.Locale;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.dl4j.graph.Dl4jGraphFactory;
import org.cnnexplorer.dl4j.graph.GraphOptions;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.cnnexplorer.dl4j.speed.ThreadPolicy;
import org.cnnexplorer.io.model.ModelCatalog;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One MobileNet v2 training step (3x32x32, batch 32, Adam) with the depthwise layers' small-map route
 * off and on, alternating step by step in one process; prints the median step time of each and their
 * ratio (numbers in docs/decisions/0005-training-speed.md). Run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 *     org.cnnexplorer.dl4j.layers.DepthwiseStepBenchmark
 * [threads] [steps]}; threads default to {@link ThreadPolicy}'s choice.
 */
public final class DepthwiseStepBenchmark {

    private static final int BATCH = 32;

    private DepthwiseStepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        NetworkSpec spec = ModelCatalog.load("mobilenet-v2").withInput(Shape.of(3, 32, 32)).withClasses(10);
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec).withBatch(BATCH));
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report,
                new GraphOptions(Optimizer.ADAM, 1e-3, 0)));
        graph.init();
        Dl4jRuntime.get().prepareForTraining(graph, report);
        if (args.length > 0) {
            Dl4jRuntime.get().useThreads(Integer.parseInt(args[0]));
        }
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        DataSet batch = new DataSet(Nd4j.rand(DataType.FLOAT, BATCH, 3, 32, 32),
                Nd4j.eye(BATCH).getColumns(java.util.stream.IntStream.range(0, 10).toArray()));
        long[][] nanos = new long[2][steps];
        for (int step = -3; step < steps; step++) {
            for (int route = 0; route < 2; route++) {
                TunedDepthwiseConvolution.useSmallMapRouteUpTo(route == 0 ? 0
                        : TunedDepthwiseConvolution.SMALL_MAP_MAX_POSITIONS);
                long start = System.nanoTime();
                graph.fit(batch);
                if (step >= 0) {
                    nanos[route][step] = System.nanoTime() - start;
                }
            }
        }
        double oneDnn = median(nanos[0]);
        double direct = median(nanos[1]);
        System.out.printf(Locale.ROOT, "MobileNet v2 3x32x32 b%d step: oneDNN route %.1f ms, small-map route %.1f ms,"
                + " speed-up %.2fx (medians of %d)%n", BATCH, oneDnn, direct, oneDnn / direct, steps);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
