package org.cnnexplorer.core;

/** Element-wise (or, for softmax, per-sample) activation functions. */
public enum Activation {
    RELU(LayerKind.RELU, 1), RELU6(LayerKind.RELU6, 2), TANH(LayerKind.TANH, 1), SIGMOID(LayerKind.SIGMOID, 1),
    SOFTMAX(LayerKind.SOFTMAX, 3);

    private final LayerKind kind;
    private final int opsPerElement;

    Activation(LayerKind kind, int opsPerElement) {
        this.kind = kind;
        this.opsPerElement = opsPerElement;
    }

    /** The layer kind of an activation layer applying this function. */
    public LayerKind kind() {
        return kind;
    }

    public String id() {
        return kind.id();
    }

    /** Rough operation count per output value (softmax: exp, sum, divide). */
    public int opsPerElement() {
        return opsPerElement;
    }

    public static Activation fromId(String id) {
        for (Activation activation : values()) {
            if (activation.id().equalsIgnoreCase(id)) {
                return activation;
            }
        }
        return null;
    }
}
