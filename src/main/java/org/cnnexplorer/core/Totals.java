package org.cnnexplorer.core;

/**
 * Whole-network figures. Counts are per sample unless named bytes; bytes use the analysis
 * batch size and dtype. {@code paramBytes}: parameters. {@code inferenceBytes}: parameters,
 * buffers and the peak of activations alive at once in a forward pass
 * ({@code peakActivationBytes = batch * peak * dtype}). {@code trainingBytes}: parameters, their
 * gradients ({@code gradientBytes = trainable * dtype}), the optimizer state
 * ({@code optimizerBytes = slots * trainable * dtype}), buffers, and every activation kept for the
 * backward pass ({@code activationBytes = batch * activations * dtype}). {@code depth}: conv and
 * dense layers on the longest path. {@code layers}: expanded layers, the input not counted.
 * {@code biasAdditions}: one per output value of every biased conv and dense layer;
 * {@code flops = 2 * macs}, plus {@code biasAdditions} when the {@link Conventions} count them.
 *
 * <p>The counts always fit (the analyzer refuses a layer that would overflow them). A byte figure
 * that does not fit in a long is {@link #TOO_LARGE}, and the report has a problem saying so.
 */
public record Totals(long params, long trainableParams, long buffers, long macs, long otherOps,
                     long activationElements, long peakActivationElements, long paramBytes, long bufferBytes,
                     long inferenceBytes, long trainingBytes, int depth, int layers, long activationBytes,
                     long peakActivationBytes, long gradientBytes, long optimizerBytes, long biasAdditions,
                     long flops) {

    /** A byte figure past {@code 2^63 - 1} (about 8 EiB); never a real count, which is even. */
    public static final long TOO_LARGE = Long.MAX_VALUE;

    public long nonTrainableParams() {
        return params - trainableParams;
    }

    /** True when every byte figure fits; false when one of them is {@link #TOO_LARGE}. */
    public boolean memoryFits() {
        return paramBytes != TOO_LARGE && bufferBytes != TOO_LARGE && inferenceBytes != TOO_LARGE
                && trainingBytes != TOO_LARGE && activationBytes != TOO_LARGE && peakActivationBytes != TOO_LARGE
                && gradientBytes != TOO_LARGE && optimizerBytes != TOO_LARGE;
    }
}
