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
        long newParams = Counts.add("total parameters up to this layer", params, layerParams);
        long newBuffers = Counts.add("total buffers up to this layer", buffers, layerBuffers);
        long newMacs = Counts.add("total MACs up to this layer", macs, layerMacs);
        long doubled = Counts.multiply(macs == 0 ? "FLOPs (2 x MACs)" : "total FLOPs (2 x MACs) up to this layer",
                2, newMacs);
        long newBias = Counts.add("total bias additions up to this layer", biasAdditions, layerBiasAdditions);
        Counts.add("total FLOPs (2 x MACs + bias additions) up to this layer", doubled, newBias);
        long newOtherOps = Counts.add("total other ops up to this layer", otherOps, layerOtherOps);
        long newActivations = Counts.add("total activation values up to this layer", activations, layerActivations);
        params = newParams;
        buffers = newBuffers;
        macs = newMacs;
        otherOps = newOtherOps;
        activations = newActivations;
        biasAdditions = newBias;
    }
}
