package org.cnnexplorer.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Continue training on the Train tab: the status says when the data set differs from the run's. */
class ContinueTrainingTest {

    @TempDir
    Path dir;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<String> errors = new ArrayList<>();
    private NetworkSpec lenet;
    private TrainingViewModel viewModel;

    @BeforeEach
    void loadLenet() throws Exception {
        lenet = ModelCatalog.load("lenet5");
    }

    @AfterEach
    void shutDown() {
        viewModel.stop();
        timer.shutdownNow();
    }

    /** Resumes as a fake run of the saved network (slow, so that it is still running when looked at). */
    private static final class ResumingBackend implements TrainingBackend {
        @Override
        public String description() {
            return "fake backend (tests)";
        }

        @Override
        public TrainingSession create(NetworkSpec spec, TrainingSettings settings) {
            return new FakeTrainingSession(spec, settings, 1000, null);
        }

        @Override
        public TrainingSession resume(Path checkpoint, TrainingSettings settings) {
            try {
                return create(SavedRuns.read(checkpoint).spec(), settings);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private String continueOn(DatasetId dataset) throws Exception {
        Path file = dir.resolve("mnist.cnnrun");
        RunFiles.write(file, new TrainingRun(lenet, TrainingSettings.defaults("mnist"), List.of(), List.of(), null,
                Instant.EPOCH), out -> out.write(1));
        viewModel = new TrainingViewModel(ResumingBackend::new, () -> lenet, Runnable::run, timer, Runnable::run,
                (title, message) -> errors.add(message));
        viewModel.open(file);
        assertTrue(viewModel.canContinueProperty().get(), errors.toString());
        viewModel.form().datasetProperty().set(dataset);
        viewModel.continueTraining();
        return viewModel.statusProperty().get();
    }

    @Test
    void continuingOnAnotherDataSetSaysWhichOneTheRunWasTrainedOn() throws Exception {
        String status = continueOn(DatasetId.FASHION_MNIST);
        assertEquals("Training " + lenet.name() + " on Fashion-MNIST (trained on MNIST, a different data set) with "
                + "fake backend (tests)", status);
    }

    @Test
    void continuingOnTheSameDataSetSaysNothingMore() throws Exception {
        String status = continueOn(DatasetId.MNIST);
        assertEquals("Training " + lenet.name() + " on MNIST with fake backend (tests)", status);
    }
}
