package org.cnnexplorer.core;

import java.util.function.ToLongFunction;

/** A whole-network figure that comparisons line up side by side; lower is cheaper for all of them. */
public enum Metric {
    PARAMS("Parameters", false, t -> t.params()),
    MACS("MACs per image", false, t -> t.macs()),
    FLOPS("FLOPs per image", false, t -> t.flops()),
    DEPTH("Depth (weight layers)", false, t -> t.depth()),
    LAYERS("Layers", false, t -> t.layers()),
    PARAM_BYTES("Parameter memory", true, t -> t.paramBytes()),
    INFERENCE_BYTES("Inference memory", true, t -> t.inferenceBytes()),
    TRAINING_BYTES("Training memory", true, t -> t.trainingBytes());

    private final String label;
    private final boolean bytes;
    private final ToLongFunction<Totals> extractor;

    Metric(String label, boolean bytes, ToLongFunction<Totals> extractor) {
        this.label = label;
        this.bytes = bytes;
        this.extractor = extractor;
    }

    public String label() {
        return label;
    }

    /** True when the value is a byte count. */
    public boolean isBytes() {
        return bytes;
    }

    public long of(Totals totals) {
        return extractor.applyAsLong(totals);
    }
}
