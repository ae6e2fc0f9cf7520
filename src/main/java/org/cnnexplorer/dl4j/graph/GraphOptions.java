package org.cnnexplorer.dl4j.graph;

import org.cnnexplorer.core.Optimizer;

/** How to build a DL4J graph: optimizer, learning rate and seed. */
public record GraphOptions(Optimizer optimizer, double learningRate, long seed) {

    public GraphOptions {
        if (optimizer == null || !(learningRate > 0)) {
            throw new IllegalArgumentException("an optimizer and a positive learning rate are required");
        }
    }

    /** Adam, 1e-3, seed 42. */
    public static GraphOptions defaults() {
        return new GraphOptions(Optimizer.ADAM, 1e-3, 42);
    }
}
