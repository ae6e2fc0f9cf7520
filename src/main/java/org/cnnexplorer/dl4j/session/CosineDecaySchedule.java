package org.cnnexplorer.dl4j.session;

import org.cnnexplorer.core.LearningRateSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * DL4J's view of {@link LearningRateSchedule#COSINE}: the rate at DL4J's iteration count, for a run
 * whose first step is {@code firstIteration} (a continued run starts later) and that lasts
 * {@code steps} steps. Saved with the model's configuration, so it carries Jackson annotations.
 *
 * <p>It must be equal to its copies: DL4J groups layers whose updater configurations are equal
 * into one block, and lays the saved Adam state out block by block. Without {@code equals} a
 * restored model got one block per layer instead of the single block it was saved with, read its
 * moments misaligned, and the first step after resuming produced NaN.
 */
public final class CosineDecaySchedule implements ISchedule {

    private final double initialValue;
    private final int firstIteration;
    private final int steps;

    public CosineDecaySchedule(@JsonProperty("initialValue") double initialValue,
                               @JsonProperty("firstIteration") int firstIteration,
                               @JsonProperty("steps") int steps) {
        this.initialValue = initialValue;
        this.firstIteration = firstIteration;
        this.steps = steps;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        return initialValue * LearningRateSchedule.COSINE.factor(iteration - (long) firstIteration, steps);
    }

    @Override
    public ISchedule clone() {
        return new CosineDecaySchedule(initialValue, firstIteration, steps);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CosineDecaySchedule that && initialValue == that.initialValue
                && firstIteration == that.firstIteration && steps == that.steps;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(initialValue, firstIteration, steps);
    }

    public double getInitialValue() {
        return initialValue;
    }

    public int getFirstIteration() {
        return firstIteration;
    }

    public int getSteps() {
        return steps;
    }
}
