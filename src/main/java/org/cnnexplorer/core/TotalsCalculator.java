package org.cnnexplorer.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adds up a network's layers: counts, depth, and the memory model described on {@link Totals}. */
final class TotalsCalculator {

    private TotalsCalculator() {
    }

    static Totals compute(List<LayerReport> layers, AnalysisSettings settings) {
        long params = 0;
        long trainable = 0;
        long buffers = 0;
        long macs = 0;
        long otherOps = 0;
        long stored = 0;
        for (LayerReport layer : layers) {
            params += layer.params();
            trainable += layer.trainable() ? layer.params() : 0;
            buffers += layer.buffers();
            macs += layer.macs();
            otherOps += layer.otherOps();
            stored += layer.spec().storesActivation() ? layer.activationElements() : 0;
        }
        long peak = peakLiveElements(layers);
        int bytes = settings.dtype().bytes();
        long batch = settings.batch();
        long paramBytes = params * bytes;
        long bufferBytes = buffers * bytes;
        long inference = paramBytes + bufferBytes + batch * peak * bytes;
        long optimizerValues = trainable * (1 + settings.optimizer().stateSlots());
        long training = paramBytes + optimizerValues * bytes + bufferBytes + batch * stored * bytes;
        return new Totals(params, trainable, buffers, macs, otherOps, stored, peak, paramBytes, bufferBytes,
                inference, training, depth(layers), layers.size() - 1); // the input row is not a layer
    }

    /**
     * The most activation values alive at once in a forward pass that frees each output after
     * its last reader; a view (flatten) keeps its source alive instead of holding memory itself.
     */
    static long peakLiveElements(List<LayerReport> layers) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, String> owner = new HashMap<>();
        int[] lastUse = new int[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            LayerReport layer = layers.get(i);
            index.put(layer.name(), i);
            lastUse[i] = i;
            boolean view = !layer.spec().storesActivation() && layer.inputs().size() == 1;
            owner.put(layer.name(), view ? owner.getOrDefault(layer.inputs().get(0), layer.name()) : layer.name());
            for (String input : layer.inputs()) {
                Integer source = index.get(owner.getOrDefault(input, input));
                if (source != null) {
                    lastUse[source] = i;
                }
            }
        }
        long live = 0;
        long peak = 0;
        long[] freeAt = new long[layers.size() + 1];
        for (int i = 0; i < layers.size(); i++) {
            LayerReport layer = layers.get(i);
            if (layer.spec().storesActivation()) {
                live += layer.activationElements();
                freeAt[lastUse[i]] += layer.activationElements();
            }
            peak = Math.max(peak, live);
            live -= freeAt[i];
        }
        return peak;
    }

    /** Conv and dense layers on the longest path from the input. */
    static int depth(List<LayerReport> layers) {
        Map<String, Integer> depthOf = new HashMap<>();
        int deepest = 0;
        for (LayerReport layer : layers) {
            int before = 0;
            for (String input : layer.inputs()) {
                before = Math.max(before, depthOf.getOrDefault(input, 0));
            }
            int depth = before + (layer.spec().isWeightLayer() ? 1 : 0);
            depthOf.put(layer.name(), depth);
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }
}
