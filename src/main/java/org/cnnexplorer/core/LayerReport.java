package org.cnnexplorer.core;

import java.util.List;

/**
 * The analysis of one expanded layer. {@code output} is null when the layer is impossible
 * ({@code reason} says why, {@link #problem()} in words) or sits downstream of an impossible layer
 * ({@link #isBlocked()}).
 * Counts are per sample; {@code blockPath} lists the enclosing blocks, outermost first.
 * {@code foldedWith} names the partner of a batch-norm folded into a convolution (on the
 * convolution: the batch-norm; on the batch-norm: the convolution), or is null; see
 * {@link Conventions#foldBatchNorm()}.
 */
public record LayerReport(String name, LayerSpec spec, List<String> blockPath, List<String> inputs,
                          List<Shape> inputShapes, Shape output, long params, boolean trainable, long buffers,
                          long macs, long otherOps, ReceptiveField receptiveField, Message reason,
                          String foldedWith) {

    public LayerReport {
        blockPath = List.copyOf(blockPath);
        inputs = List.copyOf(inputs);
        inputShapes = List.copyOf(inputShapes);
    }

    /** A layer that no batch-norm folding touches. */
    public LayerReport(String name, LayerSpec spec, List<String> blockPath, List<String> inputs,
                       List<Shape> inputShapes, Shape output, long params, boolean trainable, long buffers,
                       long macs, long otherOps, ReceptiveField receptiveField, Message reason) {
        this(name, spec, blockPath, inputs, inputShapes, output, params, trainable, buffers, macs, otherOps,
                receptiveField, reason, null);
    }

    /** Why the layer cannot run, in the current language, or null when it runs or is only blocked. */
    public String problem() {
        return reason == null ? null : reason.text();
    }

    /** True for a batch-norm folded into its convolution and for that convolution. */
    public boolean isFolded() {
        return foldedWith != null;
    }

    /**
     * Bias additions per sample: one per output value of a conv or dense layer with a bias
     * ({@code F * H_out * W_out}, {@code N_out}); a convolution has one when a batch-norm is folded into it.
     */
    public long biasAdditions() {
        boolean biased = spec.hasBias() || isFolded() && spec.isWeightLayer();
        return isValid() && biased ? output.elements() : 0;
    }

    /** FLOPs per sample: {@code 2 * MACs}, plus the bias additions when the conventions count them. */
    public long flops(Conventions conventions) {
        return 2 * macs + (conventions.countBias() ? biasAdditions() : 0);
    }

    public String type() {
        return spec.type();
    }

    public String settings() {
        return spec.settings();
    }

    public boolean isValid() {
        return output != null;
    }

    /** Not analysed because an input is impossible; the problem is reported upstream. */
    public boolean isBlocked() {
        return output == null && reason == null;
    }

    /** Values in this layer's output per sample (0 when not valid). */
    public long activationElements() {
        return output == null ? 0 : output.elements();
    }

    /** The innermost enclosing block, or null at top level. */
    public String block() {
        return blockPath.isEmpty() ? null : blockPath.get(blockPath.size() - 1);
    }
}
