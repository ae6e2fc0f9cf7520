package org.cnnexplorer.core;

/**
 * The optimizer, which sets how many values of state training keeps per parameter:
 * none for plain SGD, one velocity for momentum, two moments for Adam.
 */
public enum Optimizer {
    SGD("sgd", 0, 0.01), MOMENTUM("momentum", 1, 0.01), ADAM("adam", 2, 1e-3);

    private final String id;
    private final int stateSlots;
    private final double usualLearningRate;

    Optimizer(String id, int stateSlots, double usualLearningRate) {
        this.id = id;
        this.stateSlots = stateSlots;
        this.usualLearningRate = usualLearningRate;
    }

    /** The rate most recipes start this optimizer from: 0.01 for SGD with or without momentum, 1e-3 for Adam. */
    public double usualLearningRate() {
        return usualLearningRate;
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
        throw new SpecException("core.spec.optimizer", text);
    }
}
