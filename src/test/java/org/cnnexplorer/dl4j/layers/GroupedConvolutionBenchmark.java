package org.cnnexplorer.dl4j.layers;

import java.util.Locale;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.SubsetVertex;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Times one forward + backward + SGD step of a grouped convolution (batch 64) for the three ways
 * DL4J can train it; the numbers are in docs/decisions/0010-grouped-convolutions.md. Run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 *     org.cnnexplorer.dl4j.layers.GroupedConvolutionBenchmark}.
 * <ul>
 *   <li>split: a SubsetVertex per group, a ConvolutionLayer per group and a MergeVertex;</li>
 *   <li>grouped: {@link GroupedConvolutionLayer} (libnd4j's conv2d once per group);</li>
 *   <li>dense: one plain convolution over all channels, the cost of block-diagonal weights.</li>
 * </ul>
 */
public final class GroupedConvolutionBenchmark {

    private GroupedConvolutionBenchmark() {
    }

    public static void main(String[] args) {
        Dl4jRuntime.get().useThreads(args.length > 0 ? Integer.parseInt(args[0]) : 1);
        shape("ResNeXt 128->128 3x3, 32 groups, 8x8", 128, 128, 3, 1, 8, 32, 20);
        shape("AlexNet conv2 96->256 5x5, 2 groups, 27x27", 96, 256, 5, 2, 27, 2, 4);
        shape("AlexNet conv2 at CIFAR 96->256 5x5, 2 groups, 7x7", 96, 256, 5, 2, 7, 2, 10);
    }

    private static void shape(String title, int in, int out, int kernel, int padding, int size, int groups,
                              int steps) {
        DataSet batch = new DataSet(Nd4j.rand(DataType.FLOAT, 64, in, size, size), Nd4j.eye(64).getColumns(
                java.util.stream.IntStream.range(0, 10).toArray()));
        System.out.println(title);
        for (String route : new String[] {"split", "grouped", "dense"}) {
            ComputationGraph graph = new ComputationGraph(graph(route, in, out, kernel, padding, groups));
            graph.init();
            for (int i = 0; i < 2 * RouteChooser.TRIALS + 2; i++) { // past the grouped layer's route trials
                graph.fit(batch);
            }
            long best = Long.MAX_VALUE;
            long total = 0;
            for (int i = 0; i < steps; i++) {
                long start = System.nanoTime();
                graph.fit(batch);
                long nanos = System.nanoTime() - start;
                best = Math.min(best, nanos);
                total += nanos;
            }
            System.out.printf(Locale.ROOT, "  %-8s %8.1f ms/step (best %.1f), %d params%n", route,
                    total / 1e6 / steps, best / 1e6, graph.numParams());
            graph.close();
        }
    }

    private static ComputationGraphConfiguration graph(String route, int in, int out, int kernel, int padding,
                                                       int groups) {
        ComputationGraphConfiguration.GraphBuilder builder = new NeuralNetConfiguration.Builder().seed(1)
                .dataType(DataType.FLOAT).updater(new Sgd(0.01)).cacheMode(CacheMode.DEVICE)
                .convolutionMode(ConvolutionMode.Truncate).graphBuilder().addInputs("in"); // no input types: DL4J M2.1's SubsetVertex reports 0 channels
        switch (route) {
            case "split" -> {
                String[] parts = new String[groups];
                for (int g = 0; g < groups; g++) {
                    builder.addVertex("slice" + g, new SubsetVertex(g * in / groups, (g + 1) * in / groups - 1), "in");
                    parts[g] = "conv" + g;
                    builder.addLayer(parts[g], conv(new TunedConvolutionLayer.Builder(), out / groups, kernel,
                            padding, in / groups), "slice" + g);
                }
                builder.addVertex("conv", new MergeVertex(), parts);
            }
            case "grouped" -> builder.addLayer("conv", conv(new GroupedConvolutionLayer.Builder().groups(groups), out,
                    kernel, padding, in), "in");
            default -> builder.addLayer("conv", conv(new TunedConvolutionLayer.Builder(), out, kernel, padding, in),
                    "in");
        }
        return builder.addLayer("pool", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), "conv")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(out).nOut(10)
                        .activation(Activation.SOFTMAX).build(), "pool")
                .setOutputs("out").build();
    }

    private static ConvolutionLayer conv(ConvolutionLayer.Builder builder, int filters, int kernel, int padding,
                                         int channels) {
        builder.nIn(channels);
        return builder.nOut(filters).kernelSize(kernel, kernel).padding(padding, padding).activation(Activation.RELU)
                .build();
    }
}
