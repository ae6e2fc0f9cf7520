package org.cnnexplorer.dl4j.speed;

import java.util.HashMap;
import java.util.Map;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.deeplearning4j.nn.updater.graph.ComputationGraphUpdater;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's graph updater with one fix. {@code BaseMultiLayerUpdater.update} decides whether a
 * gradient is "external" (computed by another network) by comparing array objects, but
 * {@code DefaultGradient.gradient()} returns a fresh reshaped view on every call, so in M2.1 every
 * step of a {@code ComputationGraph} takes the external path, which builds two new views per
 * parameter array per step (about 9% of a LeNet-5 step). This updater compares the underlying
 * buffers instead; otherwise it is DL4J's code, in the same order, except that the Adam blocks
 * are updated together at the end, on both cores ({@link ParallelAdam}).
 */
public final class InPlaceGradientUpdater extends ComputationGraphUpdater {

    private final ParallelAdam adam = new ParallelAdam();

    InPlaceGradientUpdater(ComputationGraph graph, INDArray updaterState) {
        super(graph, updaterState);
    }

    /** Replaces the graph's updater, keeping its state (for example Adam's moments of a checkpoint). */
    static void install(ComputationGraph graph) {
        graph.setUpdater(new InPlaceGradientUpdater(graph, graph.getUpdater().getStateViewArray()));
    }

    @Override
    @SuppressWarnings("try") // the workspace scope is entered and left by the try; its variable is unused
    public synchronized void update(Gradient gradient, int iteration, int epoch, int batchSize,
                                    LayerWorkspaceMgr workspaceMgr) {
        boolean external = !sameMemory(gradient.gradient(), getFlattenedGradientsView());
        Map<String, Gradient> byLayer = splitByLayer(gradient);
        if (isMiniBatch()) {
            divideByMinibatch(external, gradient, batchSize);
        }
        for (Map.Entry<String, Gradient> entry : byLayer.entrySet()) {
            preApply(layersByName.get(entry.getKey()), entry.getValue(), iteration);
        }
        workspaceMgr.assertNotOpen(ArrayType.UPDATER_WORKING_MEM, "Updater working memory");
        for (UpdaterBlock block : updaterBlocks) {
            if (block.skipDueToPretrainConfig(false) || !external && adam.add(block)) {
                continue;
            }
            try (MemoryWorkspace ws = workspaceMgr.notifyScopeEntered(ArrayType.UPDATER_WORKING_MEM)) {
                if (external) {
                    block.updateExternalGradient(iteration, epoch, gradient.gradient(), getParams());
                } else {
                    block.update(iteration, epoch);
                }
            }
        }
        adam.run(iteration, epoch);
    }

    private Map<String, Gradient> splitByLayer(Gradient gradient) {
        Map<String, Gradient> byLayer = new HashMap<>();
        for (Map.Entry<String, INDArray> entry : gradient.gradientForVariable().entrySet()) {
            String key = entry.getKey();
            int separator = key.lastIndexOf('_');
            if (separator < 0) {
                throw new IllegalStateException("gradient key without a layer separator: " + key);
            }
            byLayer.computeIfAbsent(key.substring(0, separator), k -> new DefaultGradient())
                    .setGradientFor(key.substring(separator + 1), entry.getValue());
        }
        return byLayer;
    }

    private static boolean sameMemory(INDArray a, INDArray b) {
        return a == b || (a != null && b != null && a.length() == b.length() && a.offset() == b.offset()
                && a.data().address() == b.data().address());
    }
}
