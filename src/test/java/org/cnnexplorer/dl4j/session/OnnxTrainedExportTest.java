package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.cli.MainAccess;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.data.DataDirectories;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.data.Datasets;
import org.cnnexplorer.data.ImageSet;
import org.cnnexplorer.data.Normalization;
import org.cnnexplorer.data.Split;
import org.cnnexplorer.dl4j.TestRuns;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelSources;
import org.cnnexplorer.onnx.OnnxWeights;
import org.cnnexplorer.training.NetworkWeights;
import org.cnnexplorer.training.TrainedNetwork;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trained LeNet-5 exported as ONNX ({@code cnnx export run.cnnrun --onnx}) and read back
 * (network and weights) predicts the same classes on 100 Fashion-MNIST test images as the run.
 */
class OnnxTrainedExportTest {

    private static final Path DEBIAN = Path.of("/usr/share/datasets");

    @Test
    void anExportedTrainedLeNetPredictsAsTheRunItCameFrom(@TempDir Path dir) throws Exception {
        TrainingBackend backend = TrainingBackend.discover();
        TrainingSettings settings = new TrainingSettings("fashion-mnist", 1, 64, Optimizer.ADAM, 3e-3,
                LearningRateSchedule.CONSTANT, 1_000, 100, 7, DEBIAN);
        NetworkSpec lenet = ModelCatalog.load("lenet5");
        TrainingSession session = backend.create(lenet, settings);
        session.start();
        TestRuns.awaitEnd(session);
        Path run = dir.resolve("lenet.cnnrun");
        session.saveCheckpoint(run);

        Path onnx = dir.resolve("lenet.onnx");
        assertEquals(0, MainAccess.run("export", run.toString(), "--onnx", onnx.toString()));

        TrainedNetwork trained = backend.trained(run);
        NetworkSpec imported = ModelSources.read(onnx);
        NetworkWeights importedWeights = OnnxWeights.read(onnx);
        for (String key : trained.weights().tensors().keySet()) {
            assertArrayEquals(trained.weights().tensors().get(key), importedWeights.tensors().get(key), key);
        }
        float[] images = testImages(100);
        int[] fromRun = backend.predict(trained.run().spec(), trained.weights(), images, 100);
        int[] fromOnnx = backend.predict(imported, importedWeights, images, 100);
        assertArrayEquals(fromRun, fromOnnx);
        long distinct = java.util.Arrays.stream(fromRun).distinct().count();
        assertTrue(distinct >= 3, "a trained network predicts several classes, got " + distinct);
    }

    private static float[] testImages(int count) throws Exception {
        ImageSet test = Datasets.load(DatasetId.FASHION_MNIST, Split.TEST, DataDirectories.standard(DEBIAN));
        Normalization norm = Normalization.standard(DatasetId.FASHION_MNIST);
        float[] values = new float[count * test.imageSize()];
        for (int i = 0; i < count; i++) {
            test.copyScaled(i, values, i * test.imageSize());
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = (values[i] - norm.mean()[0]) / norm.std()[0];
        }
        return values;
    }
}
