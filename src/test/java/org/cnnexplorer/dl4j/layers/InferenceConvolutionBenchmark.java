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
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A network's forward pass of one 3x224x224 image ({@code ComputationGraph.output}, inference; ResNet-50
 * unless named) with the convolutions on oneDNN and as matrix products, alternating pass by pass in one process; prints
 * the median of each and their ratio (numbers in docs/decisions/0005-training-speed.md). Run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 *     org.cnnexplorer.dl4j.layers.InferenceConvolutionBenchmark
 * [threads] [passes] [network] [PRODUCT|FASTER]}; threads default to {@link ThreadPolicy}'s choice.
 */
public final class InferenceConvolutionBenchmark {

    private InferenceConvolutionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String id = args.length > 2 ? args[2] : "resnet50";
        NetworkSpec spec = ModelCatalog.load(id).withInput(Shape.of(3, 224, 224));
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec).withBatch(1));
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report,
                new GraphOptions(Optimizer.SGD, 0.01, 0)));
        graph.init();
        Dl4jRuntime.get().useThreads(args.length > 0 ? Integer.parseInt(args[0]) : ThreadPolicy.threadsFor(report));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        TunedConvolution.InferenceRoute second = args.length > 3 ? TunedConvolution.InferenceRoute.valueOf(args[3])
                : TunedConvolution.InferenceRoute.PRODUCT;
        INDArray image = Nd4j.rand(DataType.FLOAT, 1, 3, 224, 224);
        long[][] nanos = new long[2][passes];
        for (int pass = -8; pass < passes; pass++) { // past the per-layer route trials
            for (int route = 0; route < 2; route++) {
                TunedConvolution.useInferenceRoute(route == 0 ? TunedConvolution.InferenceRoute.ONEDNN : second);
                long start = System.nanoTime();
                graph.output(false, image);
                if (pass >= 0) {
                    nanos[route][pass] = System.nanoTime() - start;
                }
            }
        }
        double oneDnn = median(nanos[0]);
        double product = median(nanos[1]);
        System.out.printf(Locale.ROOT, "%s one 3x224x224 image: oneDNN %.1f ms, %s %.1f ms,"
                + " speed-up %.2fx (medians of %d)%n", id, oneDnn, second, product, oneDnn / product, passes);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
