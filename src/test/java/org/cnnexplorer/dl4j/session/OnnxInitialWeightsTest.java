package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.cli.MainAccess;
import org.cnnexplorer.onnx.OnnxWeights;
import org.cnnexplorer.training.NetworkWeights;
import org.cnnexplorer.training.TrainingBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cnnx train model.onnx --init file} starts from the file's weights: after one step at a
 * vanishing learning rate the run's weights are the file's; a file without weight values is named.
 */
class OnnxInitialWeightsTest {

    private static final Path LENET = Path.of("src/test/resources/onnx/lenet5.onnx");

    @Test
    void trainingStartsFromTheOnnxFilesWeights(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run.cnnrun");
        int exit = MainAccess.run("train", LENET.toString(), "--init", "file", "--dataset", "fashion-mnist",
                "--data-dir", "/usr/share/datasets", "--epochs", "1", "--batch", "64", "--limit", "64",
                "--test-limit", "64", "--optimizer", "sgd", "--lr", "1e-12", "--checkpoint", run.toString());
        assertEquals(0, exit);
        NetworkWeights file = OnnxWeights.read(LENET);
        NetworkWeights trained = TrainingBackend.discover().trained(run).weights();
        assertEquals(file.tensors().keySet(), trained.tensors().keySet());
        for (String key : file.tensors().keySet()) {
            float[] a = file.tensors().get(key);
            float[] b = trained.tensors().get(key);
            assertEquals(a.length, b.length, key);
            for (int i = 0; i < a.length; i++) {
                assertEquals(a[i], b[i], 1e-6f, key + "[" + i + "]");
            }
        }
    }

    @Test
    void aFileWhoseWeightsWereLeftOutIsNamed() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.cnnexplorer.cli.Main.run(List.of("train", "src/test/resources/onnx/resnet18.onnx", "--init",
                "file", "--dataset", "cifar10"), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, exit);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("cnnx: resnet18.onnx: node /conv1/Conv: initializer 'conv1.weight' holds 0 of its"
                + " 9408 values"), message);
        assertTrue(message.contains("(weights left out or stored externally)"), message);
    }

    @Test
    void initFileNeedsAnOnnxModel() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.cnnexplorer.cli.Main.run(List.of("train", "lenet5", "--init", "file", "--dataset",
                "fashion-mnist"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, exit);
        assertEquals("cnnx: --init file starts from the weights of an ONNX model file (.onnx); lenet5 has none\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
