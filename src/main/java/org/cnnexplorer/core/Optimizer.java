package org.cnnexplorer.core;

/**
 * The optimizer, which sets how many values of state training keeps per parameter:
 * none for plain SGD, one velocity for momentum, two moments for Adam.
 */
public enum Optimizer {
    SGD("sgd", 0), MOMENTUM("momentum", 1), ADAM("adam", 2);

    private final String id;
    private final int stateSlots;

    Optimizer(String id, int stateSlots) {
        this.id = id;
        this.stateSlots = stateSlots;
    }

    public String id() {
        return id;
    }

    /** Values of optimizer state kept per trainable parameter. */
    public int stateSlots() {
        return stateSlots;
    }

    public static Optimizer parse(String text) {
        for (Optimizer optimizer : values()) {
            if (optimizer.id.equalsIgnoreCase(text.trim())) {
                return optimizer;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + text + "': expected sgd, momentum or adam");
    }
}
