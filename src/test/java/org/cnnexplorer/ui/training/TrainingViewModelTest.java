package org.cnnexplorer.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingHistory;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSettings;
import org.cnnexplorer.training.TrainingState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The training screen's logic fed by the fake backend; a single-thread executor stands in for the FX thread. */
class TrainingViewModelTest {

    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<String> errors = new ArrayList<>();
    private final AtomicInteger backendLookups = new AtomicInteger();
    private final List<String> lookupThreads = new ArrayList<>();
    private NetworkSpec lenet;

    @AfterEach
    void shutDown() {
        ui.shutdownNow();
        workers.shutdownNow();
        timer.shutdownNow();
    }

    private TrainingViewModel viewModel(Supplier<TrainingBackend> backend) throws Exception {
        lenet = ModelCatalog.load("lenet5");
        Supplier<TrainingBackend> counting = () -> {
            backendLookups.incrementAndGet();
            lookupThreads.add(Thread.currentThread().getName());
            return backend.get();
        };
        return onUi(() -> new TrainingViewModel(counting, () -> lenet, workers, timer, ui::execute,
                (title, message) -> errors.add(message)));
    }

    private <T> T onUi(Callable<T> task) throws Exception {
        return ui.submit(task).get(10, TimeUnit.SECONDS);
    }

    private void run(Runnable task) throws Exception {
        onUi(() -> {
            task.run();
            return null;
        });
    }

    private void awaitOnUi(BooleanSupplier condition, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!onUi(condition::getAsBoolean)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aRunFinishesKeepingEveryLossPointButPlottingAThinnedCurve() throws Exception {
        TrainingViewModel vm = viewModel(() -> new FakeTrainingBackend(0, null));
        run(() -> {
            vm.form().trainLimitProperty().set(64 * 500);
            vm.form().epochsProperty().set(2);
        });
        assertEquals(0, backendLookups.get(), "no backend is looked up before training starts");
        long start = System.nanoTime();
        run(vm::start);
        awaitOnUi(() -> vm.stateProperty().get().isTerminal(), "the run to end");
        double seconds = (System.nanoTime() - start) / 1e9;
        TrainingProgress progress = vm.progress();
        assertEquals(TrainingState.FINISHED, onUi(() -> vm.stateProperty().get()));
        assertEquals(1000, onUi(() -> progress.losses().size()));
        assertTrue(onUi(() -> progress.rawLossProperty().get().size()) <= TrainingProgress.PLOTTED_POINTS);
        assertEquals(List.of(1.0, 2.0), onUi(() -> progress.testAccuracyProperty().get().stream()
                .map(CurvePoint::x).toList()));
        assertNotNull(onUi(() -> progress.resultProperty().get()));
        assertEquals(1.0, onUi(() -> progress.progressProperty().get()));
        int updates = onUi(() -> progress.updatesProperty().get());
        assertTrue(updates <= seconds * 10 + 3, updates + " chart updates in " + seconds + " s");
        assertEquals(1, backendLookups.get());
        assertTrue(lookupThreads.stream().noneMatch(name -> name.equals("fake-fx")), "looked up off the UI thread");
        assertTrue(onUi(() -> progress.detailProperty().get()).startsWith("Finished in"));
    }

    @Test
    void pauseHoldsTheRunResumeContinuesAndStopEndsItWithAResult() throws Exception {
        TrainingViewModel vm = viewModel(() -> new FakeTrainingBackend(3, null));
        run(() -> vm.form().trainLimitProperty().set(64 * 2000));
        run(vm::start);
        awaitOnUi(() -> vm.progress().losses().size() > 20, "some iterations");
        run(vm::startPauseOrResume);
        awaitOnUi(() -> vm.stateProperty().get() == TrainingState.PAUSED, "pause");
        int paused = onUi(() -> vm.progress().losses().size());
        Thread.sleep(300);
        assertTrue(onUi(() -> vm.progress().losses().size()) <= paused + 1, "no progress while paused");
        run(vm::startPauseOrResume);
        awaitOnUi(() -> vm.progress().losses().size() > paused + 10, "progress after resume");
        run(vm::stop);
        awaitOnUi(() -> vm.stateProperty().get().isTerminal(), "stop");
        assertEquals(TrainingState.STOPPED, onUi(() -> vm.stateProperty().get()));
        assertNotNull(onUi(() -> vm.progress().resultProperty().get()));
        assertTrue(onUi(() -> vm.progress().progressProperty().get()) < 1);
    }

    @Test
    void aNetworkFromAnOnnxFileStartsFromTheFilesWeightsUnlessTheBoxIsCleared() throws Exception {
        List<org.cnnexplorer.training.NetworkWeights> given = new java.util.concurrent.CopyOnWriteArrayList<>();
        FakeTrainingBackend fake = new FakeTrainingBackend(0, null);
        TrainingViewModel vm = viewModel(() -> new TrainingBackend() {
            @Override
            public String description() {
                return fake.description();
            }

            @Override
            public org.cnnexplorer.training.TrainingSession create(NetworkSpec spec,
                    org.cnnexplorer.training.TrainingSettings settings) {
                return fake.create(spec, settings);
            }

            @Override
            public org.cnnexplorer.training.TrainingSession create(NetworkSpec spec,
                    org.cnnexplorer.training.TrainingSettings settings,
                    org.cnnexplorer.training.NetworkWeights initial) {
                given.add(initial);
                return fake.create(spec, settings);
            }

            @Override
            public org.cnnexplorer.training.TrainingSession resume(java.nio.file.Path checkpoint,
                    org.cnnexplorer.training.TrainingSettings settings) {
                return fake.resume(checkpoint, settings);
            }
        });
        run(() -> {
            vm.form().trainLimitProperty().set(64);
            vm.setWeightsFile(java.nio.file.Path.of("src/test/resources/onnx/lenet5.onnx"));
        });
        run(vm::start);
        awaitOnUi(() -> vm.stateProperty().get().isTerminal(), "the run to end");
        assertEquals(1, given.size());
        assertEquals(150, given.get(0).tensor("/c1/Conv", "weight").orElseThrow().length);
        run(() -> vm.startFromFileWeightsProperty().set(false));
        run(vm::start);
        awaitOnUi(() -> vm.stateProperty().get().isTerminal(), "the second run to end");
        assertEquals(1, given.size(), "a cleared box trains from random weights");
    }

    @Test
    void aFailedRunShowsTheBackendsMessage() throws Exception {
        TrainingViewModel vm = viewModel(() -> new FakeTrainingBackend(0, "MNIST not found in /nowhere"));
        run(vm::start);
        awaitOnUi(() -> vm.stateProperty().get() == TrainingState.FAILED, "failure");
        assertEquals(List.of("MNIST not found in /nowhere"), errors);
        assertTrue(onUi(() -> vm.statusProperty().get()).contains("MNIST not found"));
        assertTrue(onUi(() -> vm.activeBinding().get()) == Boolean.FALSE, "another try is possible");
    }

    @Test
    void aMissingBackendIsAFailureNotACrash() throws Exception {
        TrainingViewModel vm = viewModel(() -> {
            throw new IllegalStateException("no training backend on the class path");
        });
        run(vm::start);
        awaitOnUi(() -> vm.stateProperty().get() == TrainingState.FAILED, "failure");
        assertEquals(List.of("no training backend on the class path"), errors);
    }

    @Test
    void settingsThatDoNotParseAreReportedBeforeAnythingStarts() throws Exception {
        TrainingViewModel vm = viewModel(FakeTrainingBackend::new);
        run(() -> vm.form().learningRateProperty().set("fast"));
        run(vm::start);
        assertEquals(List.of("learning rate 'fast' is not a number"), errors);
        assertEquals(TrainingState.NEW, onUi(() -> vm.stateProperty().get()));
        assertEquals(0, backendLookups.get());
    }

    @Test
    void aNetworkThatCannotTakeTheImagesIsNotStarted() throws Exception {
        TrainingViewModel vm = viewModel(FakeTrainingBackend::new);
        lenet = ModelCatalog.load("alexnet");
        run(vm::start);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Cannot train on MNIST (1x28x28 images): "), errors.get(0));
        assertEquals(0, backendLookups.get());
        assertEquals(new FitNote(FitNote.Verdict.AS_IS, ""),
                DatasetFit.describe(ModelCatalog.load("lenet5"), org.cnnexplorer.data.DatasetId.MNIST));
        assertTrue(DatasetFit.describe(ModelCatalog.load("lenet5"), org.cnnexplorer.data.DatasetId.CIFAR10).text()
                .startsWith("Trained on CIFAR-10 as 3x32x32 input, 10 classes"));
    }

    @Test
    void aSavedRunIsShownWithoutTraining() throws Exception {
        TrainingViewModel vm = viewModel(FakeTrainingBackend::new);
        List<TrainingHistory.LossPoint> losses = new ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            losses.add(new TrainingHistory.LossPoint(i, 1.0 / i, 1.0 / i));
        }
        TrainingSettings saved = new TrainingSettings("fashion-mnist", 1, 32, Optimizer.MOMENTUM, 0.05,
                LearningRateSchedule.COSINE, 0, 0, 42, null);
        TrainingRun run = new TrainingRun(lenet, saved, losses,
                List.of(new TrainingHistory.EpochPoint(1, 0.97, 0.96)), null, Instant.parse("2026-01-02T03:04:05Z"));
        run(() -> vm.show(run));
        assertEquals(5000, onUi(() -> vm.progress().losses().size()));
        assertTrue(onUi(() -> vm.progress().smoothedLossProperty().get().size()) <= TrainingProgress.PLOTTED_POINTS);
        assertNull(onUi(() -> vm.progress().resultProperty().get()));
        assertEquals(TrainingState.STOPPED, onUi(() -> vm.stateProperty().get()));
        assertTrue(onUi(() -> vm.progress().detailProperty().get())
                .startsWith("Saved run: LeNet-5 on fashion-mnist"));
        TrainingSettings form = onUi(() -> vm.form().settings());
        assertEquals(List.of("fashion-mnist", 32, Optimizer.MOMENTUM, 0.05, LearningRateSchedule.COSINE),
                List.of(form.dataset(), form.batchSize(), form.optimizer(), form.learningRate(), form.schedule()),
                "continuing the run starts from its own settings");
    }

    @Test
    void savingWithoutARunAndOpeningAnUnreadableFileAreReported() throws Exception {
        TrainingViewModel vm = viewModel(FakeTrainingBackend::new);
        run(() -> vm.save(Path.of("run.zip")));
        assertTrue(errors.get(0).startsWith("Train a network first"));
        run(() -> vm.open(Path.of("no-such-run.zip")));
        awaitOnUi(() -> errors.size() == 2, "the open error");
        assertTrue(errors.get(1).startsWith("no-such-run.zip: "), errors.get(1));
    }

    @Test
    void pausingSaysPausedAndResumingSaysTrainingAgain() throws Exception {
        TrainingViewModel vm = viewModel(() -> new FakeTrainingBackend(3, null));
        run(() -> vm.form().trainLimitProperty().set(64 * 2000));
        run(vm::start);
        awaitOnUi(() -> vm.progress().losses().size() > 5, "some iterations");
        run(vm::pause);
        awaitOnUi(() -> vm.stateProperty().get() == TrainingState.PAUSED, "pause");
        assertTrue(onUi(() -> vm.statusProperty().get()).startsWith("Paused."), onUi(() -> vm.statusProperty().get()));
        run(vm::resume);
        awaitOnUi(() -> vm.stateProperty().get() == TrainingState.RUNNING, "resume");
        assertTrue(onUi(() -> vm.statusProperty().get()).startsWith("Training LeNet-5"));
        run(vm::stop);
        awaitOnUi(() -> vm.stateProperty().get().isTerminal(), "stop");
    }

    @Test
    void editingTheNetworkDuringARunSaysTheRunKeepsTheOldOne() throws Exception {
        TrainingViewModel vm = viewModel(() -> new FakeTrainingBackend(3, null));
        run(() -> vm.form().trainLimitProperty().set(64 * 2000));
        run(vm::start);
        awaitOnUi(() -> vm.stateProperty().get() == TrainingState.RUNNING, "the run");
        NetworkSpec edited = ModelCatalog.load("alexnet");
        run(() -> vm.exploredNetworkChanged(edited));
        assertEquals("This run trains LeNet-5 as it was when Start was pressed; your edits apply to the next run.",
                onUi(() -> vm.runNoteProperty().get()));
        run(() -> vm.exploredNetworkChanged(lenet));
        assertEquals("", onUi(() -> vm.runNoteProperty().get()), "back to the trained network");
        run(vm::stop);
        awaitOnUi(() -> vm.stateProperty().get().isTerminal(), "stop");
    }

    @Test
    void openingAnotherNetworkClearsARefusalAndThePreviousResult() throws Exception {
        TrainingViewModel vm = viewModel(() -> new FakeTrainingBackend(0, null));
        run(() -> vm.form().trainLimitProperty().set(640));
        run(vm::start);
        awaitOnUi(() -> vm.stateProperty().get() == TrainingState.FINISHED, "the run");
        assertNotNull(onUi(() -> vm.progress().resultProperty().get()));
        assertTrue(onUi(() -> vm.unsavedRunProperty().get()), "a finished run is unsaved");
        run(() -> vm.exploredNetworkChanged(lenet));
        assertNotNull(onUi(() -> vm.progress().resultProperty().get()), "the same network keeps its result");
        NetworkSpec alexnet = ModelCatalog.load("alexnet");
        run(() -> vm.exploredNetworkChanged(alexnet));
        assertNull(onUi(() -> vm.progress().resultProperty().get()), "another network's result is gone");
        assertEquals(List.of(), onUi(() -> vm.progress().testAccuracyProperty().get()));
        lenet = alexnet;
        run(vm::start);
        assertTrue(onUi(() -> vm.statusProperty().get()).startsWith("Cannot train on MNIST"));
        NetworkSpec vgg = ModelCatalog.load("vgg16");
        run(() -> vm.exploredNetworkChanged(vgg));
        assertEquals("Ready. Choose a data set and press Start.", onUi(() -> vm.statusProperty().get()));
    }

    @Test
    void inKoreanARefusalStillBlocksStartAndTheNextNetworkClearsIt() throws Exception {
        Messages.setLanguage(Language.KOREAN);
        try {
            TrainingViewModel vm = viewModel(FakeTrainingBackend::new);
            lenet = ModelCatalog.load("alexnet");
            run(vm::start);
            assertEquals(1, errors.size());
            assertEquals(0, backendLookups.get());
            String refusal = onUi(() -> vm.statusProperty().get());
            assertTrue(refusal.contains("학습할 수 없습니다"), refusal);
            NetworkSpec vgg = ModelCatalog.load("vgg16");
            run(() -> vm.exploredNetworkChanged(vgg));
            assertEquals(Messages.text("trainstatus.ready"), onUi(() -> vm.statusProperty().get()));
        } finally {
            Messages.setLanguage(Language.ENGLISH);
        }
    }

    @Test
    void aSwitchOfLanguageMakesTheStatusLineAgain() throws Exception {
        TrainingViewModel vm = viewModel(FakeTrainingBackend::new);
        assertEquals("Ready. Choose a data set and press Start.", onUi(() -> vm.statusProperty().get()));
        lenet = ModelCatalog.load("alexnet");
        run(vm::start);
        Messages.setLanguage(Language.KOREAN);
        try {
            run(vm::textsChanged);
            String refusal = onUi(() -> vm.statusProperty().get());
            assertTrue(refusal.startsWith("MNIST(1x28x28 이미지)에서는 학습할 수 없습니다"), refusal);
        } finally {
            Messages.setLanguage(Language.ENGLISH);
        }
        run(vm::textsChanged);
        assertTrue(onUi(() -> vm.statusProperty().get()).startsWith("Cannot train on MNIST (1x28x28 images): "));
    }

    @Test
    void aNewRunStartsWithEmptyAccuracyCurves() throws Exception {
        TrainingViewModel vm = viewModel(() -> new FakeTrainingBackend(3, null));
        run(() -> vm.form().trainLimitProperty().set(64 * 2));
        run(vm::start);
        awaitOnUi(() -> vm.stateProperty().get() == TrainingState.FINISHED, "the first run");
        assertEquals(2, onUi(() -> vm.progress().trainAccuracyProperty().get().size()));
        run(() -> vm.form().trainLimitProperty().set(64 * 2000));
        run(vm::start);
        awaitOnUi(() -> vm.progress().losses().size() > 3, "the second run");
        run(vm::stop);
        awaitOnUi(() -> vm.stateProperty().get().isTerminal(), "stop before the first epoch ends");
        assertEquals(List.of(), onUi(() -> vm.progress().trainAccuracyProperty().get()));
        assertEquals(List.of(), onUi(() -> vm.progress().testAccuracyProperty().get()));
    }
}
