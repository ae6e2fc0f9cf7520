package org.cnnexplorer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Learning-rate schedules and the training settings a network suggests. */
class TrainingRecipeTest {

    @Test
    void cosineFallsFromTheFullRateToZeroAlongHalfACosine() {
        LearningRateSchedule cosine = LearningRateSchedule.COSINE;
        assertEquals(1.0, cosine.factor(0, 1000), 1e-12);
        assertEquals(0.5, cosine.factor(500, 1000), 1e-12);
        assertEquals(0.5 * (1 + Math.cos(Math.PI / 4)), cosine.factor(250, 1000), 1e-12);
        assertEquals(0.0, cosine.factor(1000, 1000), 1e-12);
        assertEquals(0.0, cosine.factor(5000, 1000), 1e-12, "stays at zero after the last step");
    }

    @Test
    void constantScheduleKeepsTheRate() {
        assertEquals(1.0, LearningRateSchedule.CONSTANT.factor(0, 10));
        assertEquals(1.0, LearningRateSchedule.CONSTANT.factor(10, 10));
    }

    @Test
    void scheduleNamesParseAndUnknownOnesAreNamed() {
        assertEquals(LearningRateSchedule.COSINE, LearningRateSchedule.parse(" Cosine "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LearningRateSchedule.parse("step"));
        assertTrue(e.getMessage().contains("'step'") && e.getMessage().contains("constant or cosine"));
    }

    @Test
    void recipeGivesItsOwnRateForItsOptimizerAndTheUsualOneForOthers() {
        TrainingRecipe recipe = new TrainingRecipe(Optimizer.ADAM, 0.003, LearningRateSchedule.COSINE);
        assertEquals(0.003, recipe.learningRateFor(Optimizer.ADAM));
        assertEquals(0.01, recipe.learningRateFor(Optimizer.SGD));
        assertEquals(0.01, recipe.learningRateFor(Optimizer.MOMENTUM));
    }

    @Test
    void networksWithoutARecipeGetAdamAtOneThousandthHeldConstant() {
        NetworkSpec spec = Fixtures.network(Shape.of(1, 8, 8), NodeSpec.of("fc", DenseSpec.of(4)));
        assertEquals(new TrainingRecipe(Optimizer.ADAM, 1e-3, LearningRateSchedule.CONSTANT), spec.training());
    }

    @Test
    void editsKeepTheRecipe() {
        TrainingRecipe recipe = new TrainingRecipe(Optimizer.MOMENTUM, 0.05, LearningRateSchedule.COSINE);
        NetworkSpec spec = Fixtures.network(Shape.of(1, 8, 8), NodeSpec.of("fc", DenseSpec.of(4)))
                .withTraining(recipe);
        assertEquals(recipe, spec.withInput(Shape.of(1, 16, 16)).withClasses(3).withIdentity("x", "X").training());
    }

    @Test
    void impossibleRecipesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingRecipe(Optimizer.SGD, 0, LearningRateSchedule.CONSTANT));
        assertThrows(IllegalArgumentException.class, () -> new TrainingRecipe(null, 0.1, LearningRateSchedule.COSINE));
    }
}
