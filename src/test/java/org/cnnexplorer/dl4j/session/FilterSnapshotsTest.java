package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cnnexplorer.dl4j.TestRuns;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.training.FirstLayerFilters;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run keeps its first convolution's weights at the start and after every epoch, also when resumed. */
class FilterSnapshotsTest {

    @TempDir
    Path dir;

    private final TrainingBackend backend = TrainingBackend.discover();

    @Test
    void lenetKeepsItsInitialAndEveryEpochsFiltersInTheRunFileAndAResumedRunContinuesThem() throws Exception {
        Path file = dir.resolve("lenet.cnnrun");
        TrainingSession first = backend.create(ModelCatalog.load("lenet5"), TestRuns.mnist(2, 256, 64));
        first.start();
        TestRuns.awaitEnd(first);
        assertEquals(TrainingState.FINISHED, first.state());
        first.saveCheckpoint(file);

        FirstLayerFilters kept = first.filters().orElseThrow();
        assertEquals("c1", kept.layer());
        assertEquals(List.of(0, 1, 2), kept.epochs());
        assertFalse(Arrays.equals(kept.at(0).orElseThrow().weights(), kept.at(2).orElseThrow().weights()),
                "training changes the filters");
        FirstLayerFilters saved = RunFiles.readFilters(file).orElseThrow();
        assertEquals(kept.epochs(), saved.epochs());
        assertArrayEquals(kept.at(1).orElseThrow().weights(), saved.at(1).orElseThrow().weights());
        float[] learned = backend.trained(file).weights().tensor("c1", "weight").orElseThrow();
        assertArrayEquals(learned, saved.last().orElseThrow().weights(), "the last snapshot is the saved weights");

        TrainingSession second = backend.resume(file, TestRuns.mnist(1, 256, 64));
        second.start();
        TestRuns.awaitEnd(second);
        FirstLayerFilters continued = second.filters().orElseThrow();
        assertEquals(List.of(0, 1, 2, 3), continued.epochs());
        assertArrayEquals(saved.at(0).orElseThrow().weights(), continued.at(0).orElseThrow().weights());
    }
}
