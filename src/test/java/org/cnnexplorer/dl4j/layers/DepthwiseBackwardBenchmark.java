package org.cnnexplorer.dl4j.layers;

import java.util.Arrays;
import java.util.Locale;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Times the backward pass of MobileNet v2's depthwise layers at 3x32x32, batch 32, by two routes in
 * one process, interleaved call by call: libnd4j's {@code depthwise_conv2d_bp} (oneDNN) and
 * {@link SmallMapDepthwiseBackward}. Prints the median of each and their ratio per layer shape; the numbers
 * are in docs/decisions/0005-training-speed.md. Run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 *     org.cnnexplorer.dl4j.layers.DepthwiseBackwardBenchmark
 * [threads] [repetitions]}.
 */
public final class DepthwiseBackwardBenchmark {

    private static final int BATCH = 32;

    /** Input size, channels, stride of each depthwise layer of MobileNet v2 at 32x32 (one per shape). */
    private static final int[][] LAYERS = {
        {16, 32, 1}, {16, 96, 2}, {8, 144, 1}, {8, 144, 2}, {4, 192, 1}, {4, 192, 2}, {2, 384, 1}, {2, 576, 1},
        {2, 576, 2}, {1, 960, 1}};

    private DepthwiseBackwardBenchmark() {
    }

    public static void main(String[] args) {
        Dl4jRuntime.get().useThreads(args.length > 0 ? Integer.parseInt(args[0]) : 1);
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        System.out.printf(Locale.ROOT, "%-29s %10s %10s %7s%n", "layer (in, ch, stride)", "oneDNN ms",
                "direct ms", "ratio");
        for (int[] layer : LAYERS) {
            time(layer[0], layer[1], layer[2], repetitions);
        }
    }

    private static void time(int size, int channels, int stride, int repetitions) {
        int out = (size + 2 - 3) / stride + 1;
        int[] window = {3, 3, stride, stride, 1, 1, 1, 1, 0, 0};
        INDArray x = Nd4j.rand(DataType.FLOAT, BATCH, channels, size, size);
        INDArray w = Nd4j.rand(DataType.FLOAT, 3, 3, channels, 1);
        INDArray delta = Nd4j.rand(DataType.FLOAT, BATCH, channels, out, out);
        INDArray dx = Nd4j.create(DataType.FLOAT, x.shape());
        INDArray dw = Nd4j.create(DataType.FLOAT, w.shape());
        long[] onednn = new long[repetitions];
        long[] direct = new long[repetitions];
        for (int i = -10; i < repetitions; i++) {
            long start = System.nanoTime();
            Nd4j.exec(DynamicCustomOp.builder("depthwise_conv2d_bp").addInputs(x, w, delta).addOutputs(dx, dw)
                    .addIntegerArguments(window).build());
            long middle = System.nanoTime();
            SmallMapDepthwiseBackward.backward(x, w, delta, window, dx, dw, null);
            long last = System.nanoTime();
            if (i >= 0) {
                onednn[i] = middle - start;
                direct[i] = last - middle;
            }
        }
        double a = median(onednn);
        double c = median(direct);
        System.out.printf(Locale.ROOT, "%2dx%-2d %4d ch stride %d -> %dx%-3d %10.3f %10.3f %7.2f%n",
                size, size, channels, stride, out, out, a, c, a / c);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
