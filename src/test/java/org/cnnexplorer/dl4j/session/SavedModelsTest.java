package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.dl4j.TestRuns;
import org.cnnexplorer.training.NetworkWeights;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.junit.jupiter.api.Test;

/**
 * A run saved while the custom layers, vertices, activations and the cosine schedule were still in
 * {@code org.cnnexplorer.dl4j} (DL4J wrote those class names into its model) still loads after the
 * package was split into rooms: it continues training, and its trained weights read back. The
 * fixture and how it was made: {@code src/test/resources/dl4j/README.md}.
 */
class SavedModelsTest {

    private static final Path BEFORE_THE_SPLIT =
            Path.of("src/test/resources/dl4j/every-custom-class-before-packages.cnnrun");

    @Test
    void aRunSavedBeforeThePackageSplitContinuesTraining() throws Exception {
        List<TrainingEvent.Iteration> steps = TestRuns.finishedSteps(TrainingBackend.discover()
                .resume(BEFORE_THE_SPLIT, TestRuns.mnist(2, 64, 32)));
        assertFalse(steps.isEmpty());
        assertEquals(2, steps.get(0).epoch(), "continues after the saved epoch");
        assertTrue(steps.stream().allMatch(step -> Double.isFinite(step.loss())), steps.toString());
    }

    @Test
    void aRunSavedBeforeThePackageSplitGivesItsTrainedWeights() {
        NetworkWeights weights = TrainingBackend.discover().trained(BEFORE_THE_SPLIT).weights();
        assertEquals(8 * 4 * 3 * 3, weights.tensor("grouped", "weight").orElseThrow().length, "8 x 8/2 x 3 x 3");
        assertEquals(8 * 2 * 3 * 3, weights.tensor("up", "weight").orElseThrow().length, "8 x 4/2 x 3 x 3");
    }
}
