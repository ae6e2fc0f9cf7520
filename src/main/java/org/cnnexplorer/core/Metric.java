package org.cnnexplorer.core;

import java.util.function.ToLongFunction;
import org.cnnexplorer.i18n.Messages;

/** A whole-network figure that comparisons line up side by side; lower is cheaper for all of them. */
public enum Metric {
    PARAMS("metric.params", false, t -> t.params()),
    MACS("metric.macs", false, t -> t.macs()),
    FLOPS("metric.flops", false, t -> t.flops()),
    DEPTH("metric.depth", false, t -> t.depth()),
    LAYERS("metric.layers", false, t -> t.layers()),
    PARAM_BYTES("metric.paramBytes", true, t -> t.paramBytes()),
    INFERENCE_BYTES("metric.inferenceBytes", true, t -> t.inferenceBytes()),
    TRAINING_BYTES("metric.trainingBytes", true, t -> t.trainingBytes());

    /** The message key of the label. */
    private final String label;
    private final boolean bytes;
    private final ToLongFunction<Totals> extractor;

    Metric(String label, boolean bytes, ToLongFunction<Totals> extractor) {
        this.label = label;
        this.bytes = bytes;
        this.extractor = extractor;
    }

    /** The label in the current language, e.g. {@code Parameters}, {@code MACs per image}. */
    public String label() {
        return Messages.text(label);
    }

    /** True when the value is a byte count. */
    public boolean isBytes() {
        return bytes;
    }

    public long of(Totals totals) {
        return extractor.applyAsLong(totals);
    }
}
