package org.cnnexplorer.io.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.training.FilterSnapshot;
import org.cnnexplorer.training.FirstLayerFilters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-layer filter snapshots of a saved run: {@code filters.json} beside {@code run.json}. */
class RunFilterSnapshotsTest {

    @TempDir
    Path dir;

    /** LeNet-5's c1 (6 x 1 x 5 x 5) at epochs 0 and 1, with values no shorter decimal than 9 digits reads back. */
    static FirstLayerFilters lenetFilters() {
        FirstLayerFilters.Geometry geometry = new FirstLayerFilters.Geometry(6, 1, 5, 5);
        float[] initial = new float[150];
        float[] trained = new float[150];
        for (int i = 0; i < 150; i++) {
            initial[i] = (float) Math.sin(i) / 7f;
            trained[i] = initial[i] * 3.1f - 1e-7f * i;
        }
        return new FirstLayerFilters("c1", geometry, List.of(new FilterSnapshot(0, initial),
                new FilterSnapshot(1, trained)));
    }

    @Test
    void snapshotsRoundTripExactlyBesideTheRun() throws Exception {
        Path file = dir.resolve("run.cnnrun");
        FirstLayerFilters filters = lenetFilters();
        RunFiles.write(file, RunFilesTest.sampleRun(true), filters, null);

        FirstLayerFilters back = RunFiles.readFilters(file).orElseThrow();
        assertEquals("c1", back.layer());
        assertEquals(filters.geometry(), back.geometry());
        assertEquals(List.of(0, 1), back.epochs());
        for (int epoch = 0; epoch <= 1; epoch++) {
            assertArrayEquals(filters.at(epoch).orElseThrow().weights(), back.at(epoch).orElseThrow().weights());
        }
        assertEquals(RunFilesTest.sampleRun(true).losses(), RunFiles.read(file).losses(), "the run reads as before");
    }

    @Test
    void aRunSavedBeforeSnapshotsWereKeptHasNone() throws Exception {
        Path file = dir.resolve("old.cnnrun");
        RunFiles.write(file, RunFilesTest.sampleRun(true), null);
        assertTrue(RunFiles.readFilters(file).isEmpty());
        Path bare = Files.writeString(dir.resolve("run.json"), "{}");
        assertTrue(RunFiles.readFilters(bare).isEmpty());
    }

    @Test
    void aWrongNumberOfWeightsNamesTheFileEntryAndPath() throws Exception {
        Path file = dir.resolve("run.cnnrun");
        RunFiles.write(file, RunFilesTest.sampleRun(true), lenetFilters(), null);
        RunFileFixtures.rewriteEntry(file, RunFiles.FILTERS_ENTRY, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replaceFirst("\"weights\":\\[[^,]*,", "\"weights\":[").getBytes(StandardCharsets.UTF_8));
        ModelFileException e = assertThrows(ModelFileException.class, () -> RunFiles.readFilters(file));
        assertEquals(file + " (filters.json): $.snapshots[0].weights: 149 values; a 6 x 1 x 5 x 5 filter tensor"
                + " has 150", e.getMessage());
    }

    @Test
    void aNonNumberWeightAndRepeatedEpochsAreNamed() throws Exception {
        Path file = dir.resolve("run.cnnrun");
        RunFiles.write(file, RunFilesTest.sampleRun(true), lenetFilters(), null);
        RunFileFixtures.rewriteEntry(file, RunFiles.FILTERS_ENTRY, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replaceFirst("\"weights\":\\[[^,]*,", "\"weights\":[\"x\",").getBytes(StandardCharsets.UTF_8));
        ModelFileException e = assertThrows(ModelFileException.class, () -> RunFiles.readFilters(file));
        assertEquals(file + " (filters.json): $.snapshots[0].weights[0]: expected a finite number, got \"x\"",
                e.getMessage());

        RunFiles.write(file, RunFilesTest.sampleRun(true), lenetFilters(), null);
        RunFileFixtures.rewriteEntry(file, RunFiles.FILTERS_ENTRY, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace("\"epoch\":1", "\"epoch\":0").getBytes(StandardCharsets.UTF_8));
        e = assertThrows(ModelFileException.class, () -> RunFiles.readFilters(file));
        assertEquals(file + " (filters.json): $.snapshots: filter snapshots of c1 must have increasing epochs;"
                + " epoch 0 follows epoch 0", e.getMessage());
    }
}
