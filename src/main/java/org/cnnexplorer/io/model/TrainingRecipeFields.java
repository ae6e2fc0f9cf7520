package org.cnnexplorer.io.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.TrainingRecipe;
import org.cnnexplorer.i18n.Messages;

/**
 * The optional {@code "training"} object of a model file: {@code optimizer}, {@code learningRate}
 * and {@code schedule}, each optional (a missing one keeps {@link TrainingRecipe#STANDARD}'s; a
 * missing learning rate is the usual one of the optimizer named).
 */
final class TrainingRecipeFields {

    private static final Set<String> KEYS = Set.of("optimizer", "learningRate", "schedule");

    private TrainingRecipeFields() {
    }

    static TrainingRecipe read(JsonNode node, String file) throws ModelFileException {
        if (node == null || node.isNull()) {
            return TrainingRecipe.STANDARD;
        }
        JsonFields fields = new JsonFields(node, file, "$.training");
        if (!node.isObject()) {
            throw fields.error("", Messages.text("io.recipe.object", node));
        }
        fields.allowOnly(KEYS, "");
        TrainingRecipe standard = TrainingRecipe.STANDARD;
        try {
            Optimizer optimizer = node.has("optimizer") ? Optimizer.parse(fields.text("optimizer"))
                    : standard.optimizer();
            double rate = node.has("learningRate") ? fields.number("learningRate")
                    : standard.learningRateFor(optimizer);
            LearningRateSchedule schedule = node.has("schedule")
                    ? LearningRateSchedule.parse(fields.text("schedule")) : standard.schedule();
            return new TrainingRecipe(optimizer, rate, schedule);
        } catch (IllegalArgumentException e) {
            throw fields.error("", e.getMessage());
        }
    }

    /** The object to write, or null for the standard recipe (which files leave out). */
    static ObjectNode write(TrainingRecipe recipe) {
        if (recipe.equals(TrainingRecipe.STANDARD)) {
            return null;
        }
        return ModelFiles.MAPPER.createObjectNode().put("optimizer", recipe.optimizer().id())
                .put("learningRate", recipe.learningRate()).put("schedule", recipe.schedule().id());
    }
}
