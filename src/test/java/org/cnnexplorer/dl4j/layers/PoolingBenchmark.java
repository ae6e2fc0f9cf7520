package org.cnnexplorer.dl4j.layers;

import java.util.Locale;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * libnd4j's pooling ops (oneDNN where it applies) against {@link PoolKernels}, calls alternating in one
 * process, on the pools of LeNet-5 (batch 64), ResNet-50's stem (one 224x224 image) and GoogLeNet
 * (3x32x32, batch 32); prints the fastest of each per shape (numbers in
 * docs/decisions/0005-training-speed.md). Run with {@code java -cp
 * target/classes:target/test-classes:$(cat target/cnnx.classpath) org.cnnexplorer.dl4j.layers.PoolingBenchmark
 * [OpenMP threads] [calls]}.
 */
public final class PoolingBenchmark {

    private PoolingBenchmark() {
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Dl4jRuntime.get().useThreads(threads);
        System.out.printf(Locale.ROOT, "%d OpenMP thread(s), fork-join parallelism %d, fastest of %d calls%n",
                threads, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism(), calls);
        measure(false, 64, 6, 28, 2, 2, 0, calls);
        measure(false, 64, 16, 10, 2, 2, 0, calls);
        measure(true, 1, 64, 112, 3, 2, 1, calls);
        measure(true, 32, 64, 16, 3, 2, 0, calls);
        measure(true, 32, 192, 8, 3, 1, 1, calls);
        measure(true, 32, 480, 4, 3, 2, 0, calls);
    }

    private static void measure(boolean max, int batch, int channels, int size, int kernel, int stride, int padding,
                                int calls) {
        INDArray x = Nd4j.rand(DataType.FLOAT, batch, channels, size, size).subi(0.5);
        int out = (size + 2 * padding - kernel) / stride + 1;
        INDArray dy = Nd4j.rand(DataType.FLOAT, batch, channels, out, out);
        INDArray y = Nd4j.create(DataType.FLOAT, batch, channels, out, out);
        INDArray dx = Nd4j.create(DataType.FLOAT, batch, channels, size, size);
        String op = max ? "maxpool2d" : "avgpool2d";
        int[] args = {kernel, kernel, stride, stride, padding, padding, 1, 1, 0, max ? 0 : 1, 0};
        PoolKernels kernels = new PoolKernels(!max, true, batch * channels, new int[] {size, size},
                new int[] {out, out}, new int[] {kernel, kernel, stride, stride, padding, padding});
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        for (int call = 0; call < calls + 3; call++) {
            long t0 = System.nanoTime();
            Nd4j.exec(DynamicCustomOp.builder(op).addInputs(x).addOutputs(y).addIntegerArguments(args).build());
            long t1 = System.nanoTime();
            kernels.forward(NativeFloats.of(x), NativeFloats.of(y));
            long t2 = System.nanoTime();
            Nd4j.exec(DynamicCustomOp.builder(op + "_bp").addInputs(x, dy).addOutputs(dx).addIntegerArguments(args)
                    .build());
            long t3 = System.nanoTime();
            kernels.backward(NativeFloats.of(x), NativeFloats.of(dy), NativeFloats.of(dx));
            long t4 = System.nanoTime();
            if (call >= 3) {
                best[0] = Math.min(best[0], t1 - t0);
                best[1] = Math.min(best[1], t2 - t1);
                best[2] = Math.min(best[2], t3 - t2);
                best[3] = Math.min(best[3], t4 - t3);
            }
        }
        System.out.printf(Locale.ROOT, "%s %dx%dx%dx%d, kernel %d, stride %d, padding %d: forward libnd4j %.3f ms,"
                + " Java %.3f ms; backward libnd4j %.3f ms, Java %.3f ms%n", max ? "max" : "average", batch, channels,
                size, size, kernel, stride, padding, best[0] / 1e6, best[1] / 1e6, best[2] / 1e6, best[3] / 1e6);
    }
}
