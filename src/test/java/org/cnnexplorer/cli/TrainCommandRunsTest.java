package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.data.DataDirectories;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.data.Datasets;
import org.cnnexplorer.data.Split;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.run.RunFileFixtures;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;
import org.cnnexplorer.training.TrainingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cnnx train} on Debian's Fashion-MNIST ({@code /usr/share/datasets}): which folder it reads
 * and says it reads, what a resumed run defaults to, leftovers of killed writes, and the final line
 * of a run stopped before its first step.
 */
class TrainCommandRunsTest {

    private static final Path SYSTEM = Path.of("/usr/share/datasets");
    private static final ObjectMapper STRICT_JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .disable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final List<String> SMALL = List.of("--limit", "64", "--test-limit", "64");

    @TempDir
    Path dir;

    private record Output(int code, List<String> lines, String err) {
        String first() {
            return lines.get(0);
        }

        JsonNode finalLine() throws Exception {
            return STRICT_JSON.readTree(lines.get(lines.size() - 1));
        }
    }

    private static Output cnnx(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(code, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8).strip());
    }

    private static Output train(String... args) {
        List<String> words = new ArrayList<>(List.of("train"));
        words.addAll(List.of(args));
        words.addAll(SMALL);
        return cnnx(words);
    }

    /** A data directory of our own, off the search path, whose fashion-mnist/ is Debian's. */
    private Path linkedDataDir() throws Exception {
        assertTrue(Files.isDirectory(SYSTEM.resolve("fashion-mnist")),
                "Fashion-MNIST is missing: sudo apt-get install -y dataset-fashion-mnist");
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.createSymbolicLink(data.resolve("fashion-mnist"), SYSTEM.resolve("fashion-mnist"));
        return data.toAbsolutePath();
    }

    @Test
    void theFirstProgressLineNamesTheNetworkTheDataSetAndTheFolderRead() throws Exception {
        Path data = linkedDataDir();
        Path checkpoint = dir.resolve("run.cnnrun");
        Files.write(dir.resolve("run.cnnrun.tmp"), new byte[0]);

        Output run = train("lenet5", "--dataset", "fashion-mnist", "--data-dir", data.toString(),
                "--checkpoint", checkpoint.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.first().startsWith("training lenet5 on fashion-mnist from " + data.resolve("fashion-mnist")
                + ": 64 images (1 batches per epoch), testing on 64; 61,706 parameters; adam at 0.003, cosine; "),
                run.first());
        assertEquals("cnnx: removed " + checkpoint + ".tmp, left by an interrupted write", run.err());
        assertFalse(Files.exists(dir.resolve("run.cnnrun.tmp")));
        assertEquals(data.resolve("fashion-mnist"), RunFiles.read(checkpoint).dataFolder());
        assertTrue(run.finalLine().get("test_accuracy").isNumber());
    }

    @Test
    void aDataDirWithoutTheSetIsNamedInAWarningAndTheFolderUsedInstead() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty")).toAbsolutePath();
        Path used = Datasets.locate(DatasetId.FASHION_MNIST, Split.TRAIN, DataDirectories.standard(null))
                .orElseThrow();

        Output run = train("lenet5", "--dataset", "fashion-mnist", "--data-dir", empty.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals("cnnx: warning: --data-dir " + empty + " has no Fashion-MNIST (no fashion-mnist/ there); using "
                + used, run.err());
        assertTrue(run.first().startsWith("training lenet5 on fashion-mnist from " + used + ": "), run.first());
    }

    @Test
    void resumeReadsFromTheFolderTheRunWasTrainedFromAndSaysWhenTheDataSetDiffers() throws Exception {
        Path data = linkedDataDir();
        Path checkpoint = dir.resolve("run.cnnrun");
        assertEquals(0, train("lenet5", "--dataset", "fashion-mnist", "--data-dir", data.toString(),
                "--checkpoint", checkpoint.toString()).code());
        RunFileFixtures.editRunJson(checkpoint, "\"dataset\" : \"fashion-mnist\"", "\"dataset\" : \"mnist\"");

        Output resumed = train("--resume", checkpoint.toString(), "--dataset", "fashion-mnist");

        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.first().startsWith("training lenet5 on fashion-mnist from "
                + data.resolve("fashion-mnist") + ": "), resumed.first());
        assertEquals("cnnx: warning: this checkpoint was trained on MNIST; continuing on Fashion-MNIST, a different "
                + "data set (same image size, other images and classes)", resumed.err());
    }

    @Test
    void resumeWithoutDatasetContinuesOnTheRunsOwnDataSetFromItsFolder() throws Exception {
        Path data = linkedDataDir();
        Path checkpoint = dir.resolve("run.cnnrun");
        assertEquals(0, train("lenet5", "--dataset", "fashion-mnist", "--data-dir", data.toString(),
                "--checkpoint", checkpoint.toString()).code());

        Output resumed = train("--resume", checkpoint.toString());

        assertEquals(0, resumed.code(), resumed.err());
        assertEquals("", resumed.err());
        assertTrue(resumed.first().startsWith("training lenet5 on fashion-mnist from "
                + data.resolve("fashion-mnist") + ": "), resumed.first());
    }

    @Test
    void resumingFromDamagedWeightsIsBadInputNamingTheFileBeforeTrainingStarts() throws Exception {
        Path data = linkedDataDir();
        Path checkpoint = dir.resolve("run.cnnrun");
        assertEquals(0, train("lenet5", "--dataset", "fashion-mnist", "--data-dir", data.toString(),
                "--checkpoint", checkpoint.toString()).code());
        byte[] bytes = Files.readAllBytes(checkpoint);
        Files.write(checkpoint, RunFileFixtures.flipped(bytes, bytes.length / 2));

        Output resumed = train("--resume", checkpoint.toString(), "--dataset", "fashion-mnist");

        assertEquals(2, resumed.code(), resumed.err());
        assertTrue(resumed.err().startsWith("cnnx: " + checkpoint + ": damaged "), resumed.err());
        assertEquals(1, resumed.err().lines().count(), resumed.err());
        assertTrue(resumed.lines().isEmpty(), "nothing trained: " + resumed.lines());
    }

    @Test
    void aRunStoppedWhileStillPreparingEndsWithAValidJsonLine() throws Exception {
        TrainingSettings settings = new TrainingSettings("fashion-mnist", 1, 64, Optimizer.ADAM, 1e-3,
                LearningRateSchedule.CONSTANT, 64, 64, 42, SYSTEM);
        TrainingSession session = TrainingBackend.discover().create(ModelCatalog.load("lenet5"), settings);
        session.addListener(event -> {
            if (event instanceof TrainingEvent.StateChanged changed && changed.state() == TrainingState.PREPARING) {
                session.stop();
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

        int code = TrainCommand.train(session, settings, null,
                new TrainProgress(print, print, settings, "lenet5", null), print, print);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, code, lines.toString());
        JsonNode last = STRICT_JSON.readTree(lines.get(lines.size() - 1));
        assertTrue(last.get("stopped").asBoolean(), last.toString());
        assertTrue(last.get("final_loss").isNull(), "no step, no loss: " + last);
        for (String key : List.of("images_per_s", "test_accuracy", "seconds")) {
            assertTrue(last.get(key).isNumber() || last.get(key).isNull(), key + " in " + last);
        }
    }
}
