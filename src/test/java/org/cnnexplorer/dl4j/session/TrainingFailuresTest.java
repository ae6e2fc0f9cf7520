package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.dl4j.TestRuns;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFiles;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;
import org.cnnexplorer.training.TrainingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that cannot start end with one Failed event whose message says what is wrong. */
class TrainingFailuresTest {

    @TempDir
    Path empty;

    private final TrainingBackend backend = TrainingBackend.discover();

    @Test
    void missingDataNamesTheSearchedDirectoriesAndTheDownloadCommand() throws Exception {
        TrainingSettings settings = new TrainingSettings("cifar10", 1, 32, Optimizer.ADAM, 1e-3,
                LearningRateSchedule.CONSTANT, 0, 0, 1, empty);
        String message = failure(backend.create(ModelCatalog.load("lenet5"), settings));
        assertTrue(message.startsWith("CIFAR-10 (train) not found"), message);
        assertTrue(message.contains(empty.toAbsolutePath().resolve("cifar-10-batches-bin").toString()), message);
        assertTrue(message.contains("bin/cnnx download cifar10"), message);
    }

    @Test
    void networkTooDeepForTheImagesNamesTheLayer() throws Exception {
        String message = failure(backend.create(ModelCatalog.load("alexnet"), TestRuns.mnist(1, 64, 64)));
        assertEquals("alexnet cannot be trained on MNIST (1x28x28 images): "
                + "pool2: input 192x2x2 is smaller than the 3x3 window (stride 2) -> output 0x0; it runs from 63x63: "
                + "use --resize 63x63 (Train tab: Resize images to)", message);
    }

    @Test
    void layerTheBackendCannotExpressIsNamed() throws Exception {
        String json = """
                {"format": 1, "id": "adaptive", "input": "1x28x28", "classes": 10, "layers": [
                  {"name": "conv", "type": "conv2d", "filters": 4, "kernel": 3},
                  {"name": "pool", "type": "adaptive-avgpool", "output": 4},
                  {"name": "flatten", "type": "flatten"}, {"name": "fc", "type": "dense", "units": "classes"}]}""";
        String message = failure(backend.create(ModelFiles.parse(json, "adaptive.json"), TestRuns.mnist(1, 64, 64)));
        assertEquals("not trainable in this backend: pool: adaptive average pooling from 26x26 to 4x4 (the sizes do "
                + "not divide)", message);
    }

    @Test
    void layerTheBackendCannotExpressIsNamedInKorean() throws Exception {
        String json = """
                {"format": 1, "id": "adaptive", "input": "1x28x28", "classes": 10, "layers": [
                  {"name": "conv", "type": "conv2d", "filters": 4, "kernel": 3},
                  {"name": "pool", "type": "adaptive-avgpool", "output": 4},
                  {"name": "flatten", "type": "flatten"}, {"name": "fc", "type": "dense", "units": "classes"}]}""";
        Messages.setLanguage(Language.KOREAN);
        try {
            String message = failure(backend.create(ModelFiles.parse(json, "adaptive.json"),
                    TestRuns.mnist(1, 64, 64)));
            assertEquals("이 백엔드에서는 학습할 수 없습니다: pool: 26x26에서 4x4로의 적응형 평균 풀링 "
                    + "(크기가 나누어떨어지지 않습니다)", message);
        } finally {
            Messages.setLanguage(Language.ENGLISH);
        }
    }

    @Test
    void tooLittleMemoryIsRefusedWithTheNumbers() throws Exception {
        TrainingSettings huge = new TrainingSettings("cifar10", 1, 1_000_000, Optimizer.ADAM, 1e-3,
                LearningRateSchedule.CONSTANT, 64, 64, 1,
                TestRuns.DATA);
        String message = failure(backend.create(ModelCatalog.load("vgg16"), huge));
        assertTrue(message.matches("training vgg16 with batch 1000000 needs about [0-9.]+ GiB .* but only .* is "
                + "available; choose a smaller batch size or a smaller input"), message);
    }

    private static String failure(TrainingSession session) throws InterruptedException {
        List<TrainingEvent> events = TestRuns.record(session);
        session.start();
        TestRuns.awaitEnd(session);
        assertEquals(TrainingState.FAILED, session.state(), events.toString());
        List<TrainingEvent.Failed> failed = TestRuns.only(events, TrainingEvent.Failed.class);
        assertEquals(1, failed.size());
        return failed.get(0).message();
    }
}
