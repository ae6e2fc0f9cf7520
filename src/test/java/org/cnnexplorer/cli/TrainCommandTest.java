package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.TrainingRecipe;
import org.cnnexplorer.data.TestData;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.training.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnnx train}: progress, the final JSON line, checkpoints and exit codes. */
class TrainCommandTest {

    private static final String DATA = TestData.fixturesDir().toString();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aCheckpointThatCouldNotBeWrittenIsRefusedBeforeTrainingStarts() throws Exception {
        Path checkpoint = dir.resolve("run.cnnrun");
        Files.writeString(dir.resolve("run.cnnrun.tmp"), "my notes");
        Path noFolder = dir.resolve("missing").resolve("run.cnnrun");
        Path folder = Files.createDirectories(dir.resolve("folder.cnnrun"));
        String[][] cases = {
            {checkpoint.toString(), "cnnx: --checkpoint " + checkpoint + ": " + checkpoint + ".tmp is in the way: it "
                    + "was not written by CNN Explorer; move or delete it"},
            {noFolder.toString(), "cnnx: --checkpoint " + noFolder + ": the folder " + noFolder.getParent()
                    + " does not exist"},
            {folder.toString(), "cnnx: --checkpoint " + folder + ": is a directory"},
        };
        for (String[] c : cases) {
            out.reset();
            err.reset();
            int code = run("train", "lenet5", "--dataset", "mnist", "--limit", "64", "--test-limit", "64",
                    "--data-dir", DATA, "--checkpoint", c[0]);
            assertEquals(2, code, err.toString(StandardCharsets.UTF_8));
            assertEquals(c[1], err.toString(StandardCharsets.UTF_8).strip());
            assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing trained");
        }
        assertEquals("my notes", Files.readString(dir.resolve("run.cnnrun.tmp")));
    }

    @Test
    void trainPrintsProgressThenOneJsonLineAndWritesTheCheckpoint() throws Exception {
        Path checkpoint = dir.resolve("run.cnnrun");
        int code = run("train", "lenet5", "--dataset", "mnist", "--limit", "640", "--test-limit", "200",
                "--data-dir", DATA, "--checkpoint", checkpoint.toString());

        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(lines[0].startsWith("training lenet5 on mnist from "), lines[0]);
        assertTrue(lines[0].contains("/mnist: 640 images (10 batches per epoch), testing on 200"), lines[0]);
        assertTrue(lines[0].contains("; adam at 0.003, cosine; "), "LeNet-5's recipe: " + lines[0]);
        assertTrue(lines[lines.length - 2].startsWith("epoch 1: train accuracy"), lines[lines.length - 2]);
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        for (String key : List.of("images_per_s", "test_accuracy", "seconds", "final_loss")) {
            assertTrue(json.get(key).isNumber(), key + " in " + json);
        }
        assertEquals("lenet5", json.get("model").asText());
        assertTrue(json.get("test_accuracy").asDouble() > 0.3, json.toString());
        assertEquals(10, RunFiles.read(checkpoint).losses().size());
        assertTrue(RunFiles.hasModel(checkpoint));
    }

    @Test
    void runThatCannotStartExitsWithOneAndTheReason() {
        int code = run("train", "alexnet", "--dataset", "mnist", "--data-dir", DATA);
        assertEquals(1, code);
        assertEquals("cnnx: alexnet cannot be trained on MNIST (1x28x28 images): pool2: input 192x2x2 is smaller "
                + "than the 3x3 window (stride 2) -> output 0x0; it runs from 63x63: use --resize 63x63 (Train tab: "
                + "Resize images to)", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void optimizerRateAndScheduleDefaultToTheNetworksRecipe() throws Exception {
        TrainingRecipe recipe = new TrainingRecipe(Optimizer.ADAM, 0.003, LearningRateSchedule.COSINE);
        TrainingSettings given = TrainOptions.settings(Args.parse(List.of("--dataset", "mnist"), TrainOptions.NAMES),
                recipe);
        assertEquals(List.of(Optimizer.ADAM, 0.003, LearningRateSchedule.COSINE),
                List.of(given.optimizer(), given.learningRate(), given.schedule()));
        TrainingSettings sgd = TrainOptions.settings(Args.parse(List.of("--dataset", "mnist", "--optimizer", "sgd",
                "--schedule", "constant"), TrainOptions.NAMES), recipe);
        assertEquals(List.of(Optimizer.SGD, 0.01, LearningRateSchedule.CONSTANT),
                List.of(sgd.optimizer(), sgd.learningRate(), sgd.schedule()));
    }

    @Test
    void unknownScheduleIsAUsageError() {
        assertEquals(2, run("train", "lenet5", "--dataset", "mnist", "--schedule", "step"));
        assertEquals("cnnx: unknown learning-rate schedule 'step': expected constant or cosine",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void missingDatasetOptionIsAUsageError() {
        assertEquals(2, run("train", "lenet5"));
        assertEquals("cnnx: --dataset is required: mnist, fashion-mnist or cifar10",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void unknownDatasetIsAUsageError() {
        assertEquals(2, run("train", "lenet5", "--dataset", "imagenet"));
        assertEquals("cnnx: unknown dataset 'imagenet': expected mnist, fashion-mnist or cifar10",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void datasetsCommandListsTheSearchPathAndWhatWasFound() {
        assertEquals(0, run("datasets", "--data-dir", DATA));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("(--data-dir)"), text);
        assertTrue(text.matches("(?s).*MNIST +\\S+/mnist\\n.*"), text);
        assertTrue(Files.isDirectory(Path.of(DATA)));
    }
}
