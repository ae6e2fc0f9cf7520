package org.cnnexplorer.core;

/**
 * The network's counts so far, kept as the analyzer adds layers, so that the totals can never
 * overflow: the layer that would push a total past {@code 2^63 - 1} (or FLOPs = 2 x MACs plus bias
 * additions past it)
 * becomes a problem instead, naming the figure.
 */
final class RunningTotals {

    private long params;
    private long buffers;
    private long macs;
    private long otherOps;
    private long activations;
    private long biasAdditions;

    /** Adds a layer's counts, or throws a {@link ShapeException} naming the total that would not fit. */
    void add(long layerParams, long layerBuffers, long layerMacs, long layerOtherOps, long layerActivations,
             long layerBiasAdditions) {
        long newParams = Counts.add("core.count.total.params", params, layerParams);
        long newBuffers = Counts.add("core.count.total.buffers", buffers, layerBuffers);
        long newMacs = Counts.add("core.count.total.macs", macs, layerMacs);
        long doubled = Counts.multiply(macs == 0 ? "core.count.flops" : "core.count.total.flops",
                2, newMacs);
        long newBias = Counts.add("core.count.total.bias", biasAdditions, layerBiasAdditions);
        Counts.add("core.count.total.flopsWithBias", doubled, newBias);
        long newOtherOps = Counts.add("core.count.total.otherOps", otherOps, layerOtherOps);
        long newActivations = Counts.add("core.count.total.activations", activations, layerActivations);
        params = newParams;
        buffers = newBuffers;
        macs = newMacs;
        otherOps = newOtherOps;
        activations = newActivations;
        biasAdditions = newBias;
    }
}
