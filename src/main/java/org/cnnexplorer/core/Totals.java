package org.cnnexplorer.core;

/**
 * Whole-network figures. Counts are per sample unless named bytes; bytes use the analysis
 * batch size and dtype. {@code paramBytes}: parameters. {@code inferenceBytes}: parameters,
 * buffers and the peak of activations alive at once in a forward pass. {@code trainingBytes}:
 * parameters, their gradients, the optimizer state, buffers, and every activation kept for the
 * backward pass. {@code depth}: conv and dense layers on the longest path. {@code layers}: expanded
 * layers, the input not counted.
 */
public record Totals(long params, long trainableParams, long buffers, long macs, long otherOps,
                     long activationElements, long peakActivationElements, long paramBytes, long bufferBytes,
                     long inferenceBytes, long trainingBytes, int depth, int layers) {

    public long nonTrainableParams() {
        return params - trainableParams;
    }

    /** FLOPs = 2 x MACs (a multiply and an add). */
    public long flops() {
        return 2 * macs;
    }
}
