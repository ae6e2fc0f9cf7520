package org.cnnexplorer.dl4j.speed;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cnnexplorer.dl4j.layers.NativeFloats;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.regularization.Regularization;

/**
 * DL4J's Adam step for many updater blocks at once, on both cores.
 *
 * <p>DL4J runs libnd4j's {@code adam_updater} once per updater block, and every batch
 * normalisation splits the blocks (its running statistics have a no-op updater): GoogLeNet has
 * over a hundred blocks, and the step ran on the one thread a network of small layers trains on
 * ({@link ThreadPolicy}), 9-10 % of a GoogLeNet step. Here the Adam blocks of one step are cut
 * into chunks that the common fork-join pool runs alongside the calling thread, straight on the
 * arrays' native memory. The arithmetic is libnd4j's, in float and in its order:
 * <pre>
 *   beta1T = beta1^(t+1),  beta2T = beta2^(t+1),  lrT = lr * sqrt(1 - beta2T) / (1 - beta1T)
 *   m = beta1 * m + g * (1 - beta1)
 *   v = beta2 * v + g * g * (1 - beta2)
 *   g = m * lrT / (sqrt(v) + epsilon)          (the update the step function subtracts)
 * </pre>
 * Blocks with regularisation, an epsilon of zero, or arrays that are not plain float rows keep
 * DL4J's own call.
 */
final class ParallelAdam {

    /** Values per chunk: large enough to outweigh a task's overhead, small enough to balance. */
    private static final int CHUNK = 1 << 15;

    private record Chunk(Block block, int from, int to) {
    }

    private record Block(FloatBuffer gradient, FloatBuffer m, FloatBuffer v, Adam config) {
    }

    /** Each thread's copies of one chunk of the gradient, m and v (bulk copies, then loops that vectorise). */
    private static final ThreadLocal<float[][]> ROWS = ThreadLocal.withInitial(() -> new float[3][CHUNK]);

    private final List<Chunk> chunks = new ArrayList<>();

    /** Takes the block into this step when it can, returning false when DL4J must update it. */
    boolean add(UpdaterBlock block) {
        if (!(block.getGradientUpdater() instanceof AdamUpdater adam) || adam.getConfig().getEpsilon() == 0
                || adam.getM() == null || block.getLayersAndVariablesInBlock().isEmpty()
                || block.getLayersAndVariablesInBlock().get(0).getLayer().numParams() == 0) {
            return false;
        }
        for (UpdaterBlock.ParamState state : block.getLayersAndVariablesInBlock()) {
            List<Regularization> regularization = state.getLayer().getConfig()
                    .getRegularizationByParam(state.getParamName());
            if (regularization != null && !regularization.isEmpty()) {
                return false;
            }
        }
        INDArray gradient = block.getGradientView();
        if (!NativeFloats.addressable(gradient) || !NativeFloats.addressable(adam.getM())
                || !NativeFloats.addressable(adam.getV())
                || adam.getM().length() != gradient.length() || adam.getV().length() != gradient.length()) {
            return false;
        }
        Block arrays = new Block(NativeFloats.of(gradient), NativeFloats.of(adam.getM()),
                NativeFloats.of(adam.getV()), adam.getConfig());
        int length = (int) gradient.length();
        for (int from = 0; from < length; from += CHUNK) {
            chunks.add(new Chunk(arrays, from, Math.min(length, from + CHUNK)));
        }
        return true;
    }

    /** Applies Adam to every block taken since the last call. */
    void run(int iteration, int epoch) {
        List<Chunk> work = List.copyOf(chunks);
        chunks.clear();
        IntStream indices = IntStream.range(0, work.size());
        (work.size() > 1 ? indices.parallel() : indices).forEach(i -> {
            Chunk chunk = work.get(i);
            update(chunk.block(), chunk.from(), chunk.to(), iteration, epoch);
        });
    }

    private static void update(Block block, int from, int to, int iteration, int epoch) {
        Adam config = block.config();
        float lr = (float) config.getLearningRate(iteration, epoch);
        float beta1 = (float) config.getBeta1();
        float beta2 = (float) config.getBeta2();
        float epsilon = (float) config.getEpsilon();
        float t = iteration;
        float beta1T = (float) Math.pow(beta1, t + 1);
        float beta2T = (float) Math.pow(beta2, t + 1);
        float lrT = (float) ((double) (lr * (float) Math.sqrt((float) (1.0 - beta2T))) / (1.0 - beta1T));
        if (Float.isNaN(lrT) || lrT == 0 || Float.isInfinite(lrT)) {
            lrT = epsilon;
        }
        float keep1 = 1 - beta1;
        float keep2 = 1 - beta2;
        float[][] rows = ROWS.get();
        float[] g = rows[0];
        float[] m = rows[1];
        float[] v = rows[2];
        int n = to - from;
        block.gradient().get(from, g, 0, n);
        block.m().get(from, m, 0, n);
        block.v().get(from, v, 0, n);
        for (int i = 0; i < n; i++) {
            float gi = g[i];
            float mi = beta1 * m[i] + gi * keep1;
            float vi = beta2 * v[i] + gi * gi * keep2;
            m[i] = mi;
            v[i] = vi;
            g[i] = mi * lrT / ((float) Math.sqrt(vi) + epsilon);
        }
        block.gradient().put(from, g, 0, n);
        block.m().put(from, m, 0, n);
        block.v().put(from, v, 0, n);
    }
}
