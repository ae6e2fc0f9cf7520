package org.cnnexplorer.core;

import org.cnnexplorer.i18n.Messages;

/**
 * A number shown for one layer, which a {@link Formula} can explain: the output size, the counts,
 * the activation memory and the receptive field (per axis).
 */
public enum Figure {
    OUT_CHANNELS("C_out", "core.figure.outChannels"),
    OUT_HEIGHT("H_out", "core.figure.outHeight"),
    OUT_WIDTH("W_out", "core.figure.outWidth"),
    PARAMS("params", "core.figure.params"),
    BUFFERS("buffers", "core.figure.buffers"),
    MACS("MACs", "core.figure.macs"),
    FLOPS("FLOPs", "core.figure.flops"),
    OTHER_OPS("other ops", "core.figure.otherOps"),
    ACTIVATIONS("activations", "core.figure.activations"),
    ACTIVATION_BYTES("activation memory", "core.figure.activationBytes"),
    RF_HEIGHT("RF_h", "core.figure.rfHeight"),
    RF_WIDTH("RF_w", "core.figure.rfWidth"),
    JUMP_HEIGHT("J_h", "core.figure.jumpHeight"),
    JUMP_WIDTH("J_w", "core.figure.jumpWidth");

    private final String symbol;
    /** The message key of {@link #title()}. */
    private final String title;

    Figure(String symbol, String title) {
        this.symbol = symbol;
        this.title = title;
    }

    /** The left-hand side of the formula, e.g. {@code params} or {@code H_out}. */
    public String symbol() {
        return symbol;
    }

    /** A few words for people in the current language, e.g. {@code learnable parameters}. */
    public String title() {
        return Messages.text(title);
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
