package org.cnnexplorer.dl4j.session;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.data.ImageSet;
import org.cnnexplorer.data.Normalization;
import org.cnnexplorer.dl4j.graph.Dl4jGraphFactory;
import org.cnnexplorer.dl4j.graph.GraphOptions;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.cnnexplorer.training.MemoryUse;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Measures training speed the way {@code ../shared/bench/pytorch_reference.py} does: mini-batches
 * already in memory, Adam at 1e-3, images per second over timed steps after warm-up steps. The
 * data are real images (LeNet-5 on Fashion-MNIST) or one random batch (ResNet50, VGG16 at 3x32x32).
 */
public final class TrainingBenchmark {

    /** What to measure. {@code images} null means random data of {@code input}. */
    public record Plan(NetworkSpec spec, Shape input, int classes, ImageSet images, int batch, int warmup,
                       int iterations) {
    }

    /** One measurement; {@code peakRssBytes} is the process's high-water mark (-1 when unknown). */
    public record Result(String model, int batch, int iterations, double seconds, double imagesPerSecond,
                         double cpuSeconds, long parameters, long peakRssBytes, String backend) {
    }

    private TrainingBenchmark() {
    }

    public static Result run(Plan plan) {
        Dl4jRuntime runtime = Dl4jRuntime.get();
        NetworkSpec spec = plan.spec().withInput(plan.input()).withClasses(plan.classes());
        NetworkReport report = NetworkAnalyzer.analyze(spec,
                AnalysisSettings.defaultsFor(spec).withBatch(plan.batch()));
        if (!report.isValid()) {
            throw new IllegalArgumentException(spec.id() + " cannot run at " + plan.input() + ": "
                    + report.problems().get(0));
        }
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report,
                new GraphOptions(Optimizer.ADAM, 1e-3, 0)));
        graph.init();
        runtime.prepareForTraining(graph, report);
        List<DataSet> batches = batches(plan);
        for (int i = 0; i < plan.warmup(); i++) {
            graph.fit(batches.get(i % batches.size()));
        }
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < plan.iterations(); i++) {
            graph.fit(batches.get(i % batches.size()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        return new Result(spec.id(), plan.batch(), plan.iterations(), seconds,
                plan.iterations() * (double) plan.batch() / seconds, cpuSeconds, report.totals().params(),
                MemoryUse.processPeakRss(),
                runtime.description());
    }

    private static List<DataSet> batches(Plan plan) {
        List<DataSet> batches = new ArrayList<>();
        if (plan.images() == null) {
            batches.add(randomBatch(plan));
            return batches;
        }
        ImageBatches source = new ImageBatches(plan.images(), Normalization.scaleOnly(plan.images().channels()),
                plan.classes());
        int[] order = ImageBatches.identity(plan.images().count());
        int distinct = Math.min(plan.iterations() + plan.warmup(), plan.images().count() / plan.batch());
        for (int b = 0; b < distinct; b++) {
            batches.add(source.batch(order, b * plan.batch(), (b + 1) * plan.batch()));
        }
        return batches;
    }

    private static DataSet randomBatch(Plan plan) {
        SplittableRandom random = new SplittableRandom(0);
        Shape in = plan.input();
        float[] pixels = new float[(int) (plan.batch() * in.elements())];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) random.nextDouble();
        }
        float[] labels = new float[plan.batch() * plan.classes()];
        for (int i = 0; i < plan.batch(); i++) {
            labels[i * plan.classes() + i % plan.classes()] = 1f;
        }
        return new DataSet(Nd4j.create(pixels, new long[] {plan.batch(), in.channels(), in.height(), in.width()}),
                Nd4j.create(labels, new long[] {plan.batch(), plan.classes()}));
    }

    /** CPU time of the whole process (all threads, user and system), or -1 when unknown. */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }
}
