package org.cnnexplorer.core;

/** Element-wise (or, for softmax, per-sample) activation functions. */
public enum Activation {
    RELU("relu", 1), TANH("tanh", 1), SIGMOID("sigmoid", 1), SOFTMAX("softmax", 3);

    private final String id;
    private final int opsPerElement;

    Activation(String id, int opsPerElement) {
        this.id = id;
        this.opsPerElement = opsPerElement;
    }

    public String id() {
        return id;
    }

    /** Rough operation count per output value (softmax: exp, sum, divide). */
    public int opsPerElement() {
        return opsPerElement;
    }

    public static Activation fromId(String id) {
        for (Activation activation : values()) {
            if (activation.id.equalsIgnoreCase(id)) {
                return activation;
            }
        }
        return null;
    }
}
