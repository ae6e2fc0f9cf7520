package org.cnnexplorer.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up a network's layers: counts, depth, and the memory model described on {@link Totals}.
 * The counts cannot overflow (the analyzer keeps running totals); every byte figure is a checked
 * product that becomes {@link Totals#TOO_LARGE} when it does not fit, e.g. at batch 2^31 - 1.
 */
final class TotalsCalculator {

    /** The name a memory problem is reported under: no layer is at fault, the settings are. */
    static final String MEMORY = "memory";

    private TotalsCalculator() {
    }

    static Totals compute(List<LayerReport> layers, AnalysisSettings settings) {
        long params = 0;
        long trainable = 0;
        long buffers = 0;
        long macs = 0;
        long otherOps = 0;
        long stored = 0;
        long biasAdditions = 0;
        for (LayerReport layer : layers) {
            params = Math.addExact(params, layer.params());
            trainable = Math.addExact(trainable, layer.trainable() ? layer.params() : 0);
            buffers = Math.addExact(buffers, layer.buffers());
            macs = Math.addExact(macs, layer.macs());
            otherOps = Math.addExact(otherOps, layer.otherOps());
            stored = Math.addExact(stored, layer.spec().storesActivation() ? layer.activationElements() : 0);
            biasAdditions = Math.addExact(biasAdditions, layer.biasAdditions());
        }
        // within a long: RunningTotals refuses a layer that would take 2 * MACs + bias additions past it
        long flops = 2 * macs + (settings.conventions().countBias() ? biasAdditions : 0);
        long peak = peakLiveElements(layers);
        long bytes = settings.dtype().bytes();
        long batch = settings.batch();
        long paramBytes = product(params, bytes);
        long bufferBytes = product(buffers, bytes);
        long peakBytes = product(batch, peak, bytes);
        long activationBytes = product(batch, stored, bytes);
        long gradientBytes = product(trainable, bytes);
        long optimizerBytes = product(settings.optimizer().stateSlots(), trainable, bytes);
        long inference = sum(paramBytes, bufferBytes, peakBytes);
        long training = sum(paramBytes, gradientBytes, optimizerBytes, bufferBytes, activationBytes);
        return new Totals(params, trainable, buffers, macs, otherOps, stored, peak, paramBytes, bufferBytes,
                inference, training, depth(layers), layers.size() - 1, // the input row is not a layer
                activationBytes, peakBytes, gradientBytes, optimizerBytes, biasAdditions, flops);
    }

    /** Which byte figures do not fit and for which settings, or null when all do. */
    static Message memoryProblem(Totals t, AnalysisSettings s) {
        if (t.memoryFits()) {
            return null;
        }
        String which = t.paramBytes() == Totals.TOO_LARGE ? "problem.memory.params"
                : t.inferenceBytes() == Totals.TOO_LARGE ? "problem.memory.inference" : "problem.memory.training";
        return Message.of(which, Counts.MAX_COUNT, Counts.grouped(s.batch()), s.dtype().id(), s.optimizer().id());
    }

    /** A checked product of byte factors, {@link Totals#TOO_LARGE} when it does not fit. */
    private static long product(long... factors) {
        long result = 1;
        for (long factor : factors) {
            if (result == Totals.TOO_LARGE || factor == Totals.TOO_LARGE) {
                return Totals.TOO_LARGE;
            }
            long high = Math.multiplyHigh(result, factor);
            long low = result * factor;
            if (high != 0 || low < 0) {
                return Totals.TOO_LARGE;
            }
            result = low;
        }
        return result;
    }

    /** A checked sum of byte figures, {@link Totals#TOO_LARGE} when one is or the sum does not fit. */
    private static long sum(long... parts) {
        long result = 0;
        for (long part : parts) {
            if (part == Totals.TOO_LARGE || result > Totals.TOO_LARGE - part) {
                return Totals.TOO_LARGE;
            }
            result += part;
        }
        return result;
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
        long live = 0; // never more than the sum of all activations, which the analyzer keeps within a long
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

    /** Conv and dense layers on the longest path from the input; of a partial network, those that can run. */
    static int depth(List<LayerReport> layers) {
        Map<String, Integer> depthOf = new HashMap<>();
        int deepest = 0;
        for (LayerReport layer : layers) {
            int before = 0;
            for (String input : layer.inputs()) {
                before = Math.max(before, depthOf.getOrDefault(input, 0));
            }
            int depth = before + (layer.isValid() && layer.spec().isWeightLayer() ? 1 : 0); // as the other totals
            depthOf.put(layer.name(), depth);
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }
}
