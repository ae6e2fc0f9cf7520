package org.cnnexplorer.dl4j.speed;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.dl4j.graph.Dl4jGraphFactory;
import org.cnnexplorer.dl4j.graph.GraphOptions;
import org.cnnexplorer.training.MemoryUse;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Measures a forward pass of one image the way {@code scripts/bench_reference.py --inference} does
 * in PyTorch: random weights, inference mode (batch normalization uses its running statistics,
 * dropout off), one random image of the analysed input, {@code warmup} passes untimed, then
 * {@code runs} timed passes of {@code ComputationGraph.output}. Only the network's output is kept:
 * the Inside view's {@code Dl4jInspectionEngine} keeps every layer's map instead and is measured
 * by {@code cnnx bench-inspect}.
 */
public final class InferenceBenchmark {

    /** The timed passes in milliseconds, sorted, with the process's peak RSS (-1 when unknown). */
    public record Result(String model, Shape input, double[] millis, long peakRssBytes, String backend) {

        public Result {
            millis = millis.clone();
            Arrays.sort(millis);
        }

        public double median() {
            int n = millis.length;
            return n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
        }

        public double fastest() {
            return millis[0];
        }

        public double slowest() {
            return millis[millis.length - 1];
        }

        @Override
        public double[] millis() {
            return millis.clone();
        }
    }

    private InferenceBenchmark() {
    }

    /** Runs {@code report}'s network (valid, at its analysed input) {@code warmup + runs} times. */
    public static Result run(NetworkReport report, int warmup, int runs) {
        if (runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("runs must be at least 1 and warm-up at least 0, got " + runs + " and "
                    + warmup);
        }
        Dl4jRuntime runtime = Dl4jRuntime.get();
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report,
                new GraphOptions(Optimizer.SGD, 0.01, 0)));
        graph.init();
        runtime.useThreads(ThreadPolicy.threadsFor(report));
        INDArray image = randomImage(report.settings().input());
        for (int i = 0; i < warmup; i++) {
            graph.output(false, image);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            graph.output(false, image);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        graph.close();
        return new Result(report.spec().id(), report.settings().input(), millis, MemoryUse.processPeakRss(),
                runtime.description());
    }

    private static INDArray randomImage(Shape in) {
        SplittableRandom random = new SplittableRandom(0);
        float[] pixels = new float[(int) in.elements()];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) random.nextDouble();
        }
        return Nd4j.create(pixels, new long[] {1, in.channels(), in.height(), in.width()});
    }
}
