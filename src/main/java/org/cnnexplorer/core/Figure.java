package org.cnnexplorer.core;

/**
 * A number shown for one layer, which a {@link Formula} can explain: the output size, the counts,
 * the activation memory and the receptive field (per axis).
 */
public enum Figure {
    OUT_CHANNELS("C_out", "output channels"),
    OUT_HEIGHT("H_out", "output height"),
    OUT_WIDTH("W_out", "output width"),
    PARAMS("params", "learnable parameters"),
    BUFFERS("buffers", "running statistics"),
    MACS("MACs", "multiply-accumulates per image"),
    FLOPS("FLOPs", "floating-point operations per image"),
    OTHER_OPS("other ops", "pooling, activation, normalisation and addition operations per image"),
    ACTIVATIONS("activations", "output values per image"),
    ACTIVATION_BYTES("activation memory", "bytes of this layer's output for the batch"),
    RF_HEIGHT("RF_h", "receptive field height in input pixels"),
    RF_WIDTH("RF_w", "receptive field width in input pixels"),
    JUMP_HEIGHT("J_h", "receptive field jump (effective stride) along the height"),
    JUMP_WIDTH("J_w", "receptive field jump (effective stride) along the width");

    private final String symbol;
    private final String title;

    Figure(String symbol, String title) {
        this.symbol = symbol;
        this.title = title;
    }

    /** The left-hand side of the formula, e.g. {@code params} or {@code H_out}. */
    public String symbol() {
        return symbol;
    }

    /** A few words for people. */
    public String title() {
        return title;
    }

    /** The figure as the analysis reports it for a valid layer (activation memory: -1 when it does not fit). */
    public long of(LayerReport layer, AnalysisSettings settings) {
        Shape out = layer.output();
        ReceptiveField field = layer.receptiveField();
        return switch (this) {
            case OUT_CHANNELS -> out.channels();
            case OUT_HEIGHT -> out.height();
            case OUT_WIDTH -> out.width();
            case PARAMS -> layer.params();
            case BUFFERS -> layer.buffers();
            case MACS -> layer.macs();
            case FLOPS -> layer.flops(settings.conventions());
            case OTHER_OPS -> layer.otherOps();
            case ACTIVATIONS -> layer.activationElements();
            case ACTIVATION_BYTES -> activationBytes(layer, settings);
            case RF_HEIGHT -> field.sizeHeight();
            case RF_WIDTH -> field.sizeWidth();
            case JUMP_HEIGHT -> field.jumpHeight();
            case JUMP_WIDTH -> field.jumpWidth();
        };
    }

    /** {@code batch * values * bytes}, 0 for a view (flatten), -1 past {@code 2^63 - 1}. */
    static long activationBytes(LayerReport layer, AnalysisSettings settings) {
        if (!layer.spec().storesActivation()) {
            return 0;
        }
        try {
            return Math.multiplyExact(Math.multiplyExact((long) settings.batch(), layer.activationElements()),
                    settings.dtype().bytes());
        } catch (ArithmeticException e) {
            return -1;
        }
    }
}
