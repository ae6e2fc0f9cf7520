package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The data directory a resumed run defaults to, and the folder {@code train} reads. */
class TrainDataTest {

    private static TrainingRun run(Path dataDir, Path dataFolder) throws Exception {
        TrainingSettings settings = new TrainingSettings("fashion-mnist", 1, 64, Optimizer.ADAM, 1e-3,
                LearningRateSchedule.CONSTANT, 0, 0, 42, dataDir);
        return new TrainingRun(ModelCatalog.load("lenet5"), settings, List.of(), List.of(), null, Instant.EPOCH,
                dataFolder);
    }

    @Test
    void aResumedRunDefaultsToTheDirectoryHoldingTheFolderItWasTrainedFrom() throws Exception {
        assertEquals(Path.of("/srv/data"), TrainData.trainedDataDirectory(run(Path.of("elsewhere"),
                Path.of("/srv/data/fashion-mnist"))));
    }

    @Test
    void anOlderRunFallsBackToItsDataDirThenToTheSearch() throws Exception {
        assertEquals(Path.of("../shared/datasets"), TrainData.trainedDataDirectory(run(Path.of("../shared/datasets"),
                null)));
        assertNull(TrainData.trainedDataDirectory(run(null, null)));
        assertNull(TrainData.trainedDataDirectory(null));
    }

    @Test
    void aDataDirThatHoldsTheSetIsUsedWithoutAWord() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TrainingSettings settings = new TrainingSettings("fashion-mnist", 1, 64, Optimizer.ADAM, 1e-3,
                LearningRateSchedule.CONSTANT, 0, 0, 42, Path.of("/usr/share/datasets"));
        Path folder = TrainData.locate(settings, "--data-dir", new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Path.of("/usr/share/datasets/fashion-mnist"), folder);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}
