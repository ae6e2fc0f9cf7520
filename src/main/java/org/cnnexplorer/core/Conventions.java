package org.cnnexplorer.core;

import org.cnnexplorer.i18n.Messages;

/**
 * How compute and parameters are counted. The defaults equal torchvision's convention and leave
 * every figure as published:
 * <ul>
 *   <li>{@code flops}: per-layer compute is shown as FLOPs instead of MACs (both are always computed);
 *   <li>{@code countBias}: FLOPs = 2 * MACs + bias additions, one addition per output value of a
 *       conv or dense layer with a bias ({@code F * H_out * W_out}, {@code N_out}); otherwise
 *       FLOPs = 2 * MACs;
 *   <li>{@code foldBatchNorm}: a batch-norm that reads a convolution's output (and is its only reader)
 *       is folded into it, as inference engines do: the batch-norm's 2C parameters, 2C buffers and
 *       2 * C * H * W other ops become 0, and the convolution gains a bias of F parameters if it had
 *       none (whose additions count when {@code countBias}). Shapes, MACs, activations and receptive
 *       fields do not change.
 * </ul>
 */
public record Conventions(boolean flops, boolean countBias, boolean foldBatchNorm) {

    /** MACs, bias additions not counted, batch-norm separate: torchvision's numbers. */
    public static final Conventions DEFAULT = new Conventions(false, false, false);

    /** The name of the compute figure shown per layer: {@code MACs} or {@code FLOPs}. */
    public String computeName() {
        return flops ? "FLOPs" : "MACs";
    }

    /** The per-layer compute figure these conventions show. */
    public long compute(LayerReport layer) {
        return flops ? layer.flops(this) : layer.macs();
    }

    /** The network's compute figure these conventions show. */
    public long compute(Totals totals) {
        return flops ? totals.flops() : totals.macs();
    }

    /**
     * One line for the headers of exports, e.g. {@code conventions: compute in MACs; FLOPs = 2 x MACs
     * (bias additions not counted); batch-norm not folded}.
     */
    public String describe() {
        return Messages.text("core.conventions", computeName(),
                Messages.text(countBias ? "core.conventions.bias" : "core.conventions.noBias"),
                Messages.text(foldBatchNorm ? "core.conventions.folded" : "core.conventions.notFolded"));
    }

    public Conventions withFlops(boolean value) {
        return new Conventions(value, countBias, foldBatchNorm);
    }

    public Conventions withCountBias(boolean value) {
        return new Conventions(flops, value, foldBatchNorm);
    }

    public Conventions withFoldBatchNorm(boolean value) {
        return new Conventions(flops, countBias, value);
    }
}
