package org.cnnexplorer.core;

/**
 * The optimizer, learning rate and schedule a network's author suggests for training it. Training
 * starts from these (the Train tab and {@code cnnx train}); the user can change each one.
 */
public record TrainingRecipe(Optimizer optimizer, double learningRate, LearningRateSchedule schedule) {

    /** What a network without a recipe gets: Adam at 1e-3, held constant. */
    public static final TrainingRecipe STANDARD =
            new TrainingRecipe(Optimizer.ADAM, Optimizer.ADAM.usualLearningRate(), LearningRateSchedule.CONSTANT);

    public TrainingRecipe {
        if (optimizer == null || schedule == null) {
            throw new SpecException("core.spec.recipe.parts");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new SpecException("core.spec.recipe.rate", learningRate);
        }
    }

    /** The rate to start from with that optimizer: this recipe's for its own optimizer, else the usual one. */
    public double learningRateFor(Optimizer chosen) {
        return chosen == optimizer ? learningRate : chosen.usualLearningRate();
    }
}
