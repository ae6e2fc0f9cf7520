package org.cnnexplorer.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.TrainingRecipe;
import org.cnnexplorer.training.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The training form follows a network's recipe and puts in a fitting rate when the optimizer changes. */
class TrainingFormTest {

    private final TrainingForm form = new TrainingForm();

    @Test
    void startsWithAdamAtOneThousandthHeldConstant() {
        TrainingSettings settings = form.settings();
        assertEquals(Optimizer.ADAM, settings.optimizer());
        assertEquals(1e-3, settings.learningRate());
        assertEquals(LearningRateSchedule.CONSTANT, settings.schedule());
    }

    @Test
    void recipeFillsOptimizerRateAndSchedule() {
        form.useRecipe(new TrainingRecipe(Optimizer.ADAM, 0.003, LearningRateSchedule.COSINE));
        assertEquals("0.003", form.learningRateProperty().get());
        assertEquals(LearningRateSchedule.COSINE, form.settings().schedule());
        assertEquals(0.003, form.settings().learningRate());
    }

    @Test
    void anotherOptimizerGetsItsUsualRateAndTheRecipesOwnComesBack() {
        form.useRecipe(new TrainingRecipe(Optimizer.ADAM, 0.003, LearningRateSchedule.COSINE));
        form.optimizerProperty().set(Optimizer.MOMENTUM);
        assertEquals("0.01", form.learningRateProperty().get());
        form.optimizerProperty().set(Optimizer.ADAM);
        assertEquals("0.003", form.learningRateProperty().get());
    }

    @Test
    void typedRateIsKeptUntilTheOptimizerChanges() {
        form.learningRateProperty().set("0.0005");
        form.scheduleProperty().set(LearningRateSchedule.COSINE);
        assertEquals(5e-4, form.settings().learningRate());
        assertEquals(LearningRateSchedule.COSINE, form.settings().schedule());
    }
}
