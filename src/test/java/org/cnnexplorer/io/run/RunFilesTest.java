package org.cnnexplorer.io.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.model.ModelFiles;
import org.cnnexplorer.training.TrainingHistory.EpochPoint;
import org.cnnexplorer.training.TrainingHistory.LossPoint;
import org.cnnexplorer.training.TrainingResult;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved runs: round trip, weights entry, atomic writes, and damaged files. */
class RunFilesTest {

    @TempDir
    Path dir;

    static TrainingRun sampleRun(boolean withResult) throws Exception {
        TrainingSettings settings = new TrainingSettings("fashion-mnist", 2, 64, Optimizer.ADAM, 1e-3,
                LearningRateSchedule.COSINE, 1000, 0, 42,
                Path.of("/data"));
        TrainingResult result = new TrainingResult(0.875, 0.31, new int[][] {{5, 1}, {2, 7}}, List.of("a", "b"),
                List.of(new TrainingResult.Prediction(3, 1, 0, 0.61, 1, 2, 2, new byte[] {0, 127, -1, 5})), 12.5,
                1500.25);
        return new TrainingRun(ModelCatalog.load("lenet5"), settings,
                List.of(new LossPoint(1, 2.3, 2.3), new LossPoint(2, 1.9, 2.1)),
                List.of(new EpochPoint(1, Double.NaN, 0.8)), withResult ? result : null,
                Instant.parse("2026-11-24T12:00:00Z"));
    }

    @Test
    void runRoundTripsWithCurvesSettingsResultAndNaN() throws Exception {
        Path file = dir.resolve("run.cnnrun");
        TrainingRun run = sampleRun(true);
        RunFiles.write(file, run, null);
        TrainingRun back = RunFiles.read(file);

        assertEquals(run.spec(), back.spec());
        assertEquals(run.settings(), back.settings());
        assertEquals(run.losses(), back.losses());
        assertTrue(Double.isNaN(back.epochs().get(0).trainAccuracy()));
        assertEquals(0.8, back.epochs().get(0).testAccuracy());
        assertEquals(run.savedAt(), back.savedAt());
        assertEquals(0.875, back.result().testAccuracy());
        assertArrayEquals(new int[] {2, 7}, back.result().confusion()[1]);
        assertArrayEquals(new byte[] {0, 127, -1, 5}, back.result().samples().get(0).pixels());
        assertFalse(RunFiles.hasModel(file));
    }

    @Test
    void runWithoutResultAndWithModelWeights() throws Exception {
        Path file = dir.resolve("run.cnnrun");
        RunFiles.write(file, sampleRun(false), out -> out.write("weights".getBytes(StandardCharsets.UTF_8)));
        assertNull(RunFiles.read(file).result());
        assertTrue(RunFiles.hasModel(file));
        assertEquals("weights", new String(RunFiles.readModel(file), StandardCharsets.UTF_8));
    }

    @Test
    void failedWriteLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("run.cnnrun");
        RunFiles.write(file, sampleRun(true), null);
        byte[] before = Files.readAllBytes(file);
        assertThrows(java.io.IOException.class, () -> RunFiles.write(file, sampleRun(true), out -> {
            throw new java.io.IOException("disk full");
        }));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("run.cnnrun.tmp")));
    }

    @Test
    void truncatedFileIsReportedAsDamaged() throws Exception {
        Path file = dir.resolve("run.cnnrun");
        RunFiles.write(file, sampleRun(true), null);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ModelFileException e = assertThrows(ModelFileException.class, () -> RunFiles.read(file));
        assertTrue(e.getMessage().startsWith(file + ": damaged or truncated run file"), e.getMessage());
    }

    @Test
    void modelFileIsNotARun() throws Exception {
        Path file = dir.resolve("lenet5.json");
        Files.writeString(file, ModelFiles.toJson(ModelCatalog.load("lenet5")));
        ModelFileException e = assertThrows(ModelFileException.class, () -> RunFiles.read(file));
        assertEquals(file + ": $.kind: missing field 'kind'", e.getMessage());
    }

    @Test
    void wrongTypeInsideARunNamesTheJsonPath() throws Exception {
        Path file = dir.resolve("run.json");
        RunFiles.write(dir.resolve("ok.cnnrun"), sampleRun(true), null);
        String json = runJson(dir.resolve("ok.cnnrun")).replace("\"batchSize\" : 64", "\"batchSize\" : \"big\"");
        Files.writeString(file, json);
        ModelFileException e = assertThrows(ModelFileException.class, () -> RunFiles.read(file));
        assertEquals(file + ": $.settings.batchSize: expected an integer, got \"big\"", e.getMessage());
    }

    private static String runJson(Path zipFile) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(zipFile.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("run.json")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void missingFileSaysSo() {
        Path file = dir.resolve("nothing.cnnrun");
        ModelFileException e = assertThrows(ModelFileException.class, () -> RunFiles.read(file));
        assertEquals(file + ": no such file", e.getMessage());
    }
}
