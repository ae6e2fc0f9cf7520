package org.cnnexplorer.ui.training;

import static org.cnnexplorer.i18n.Messages.text;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.data.DatasetDownloader;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;
import org.cnnexplorer.training.TrainingState;
import org.cnnexplorer.ui.common.Notifier;

/**
 * Trains the explored network. Start finds the backend and creates the session on a background
 * thread (the backend's classes load only then); the session's events reach
 * {@link TrainingProgress} through an {@link EventCoalescer}. Pause, resume and stop are passed
 * on; a failure shows the backend's message and leaves the screen usable for another try.
 */
public final class TrainingViewModel {

    static final long UPDATE_INTERVAL_MILLIS = 100;

    private final Supplier<TrainingBackend> backends;
    private final Supplier<NetworkSpec> network;
    private final Executor background;
    private final Consumer<Runnable> uiThread;
    private final Notifier notifier;
    private final EventCoalescer coalescer;
    private final TrainingForm form = new TrainingForm();
    private final TrainingProgress progress = new TrainingProgress();
    private final ReadOnlyObjectWrapper<TrainingState> state = new ReadOnlyObjectWrapper<>(TrainingState.NEW);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(text("trainstatus.ready"));
    /** True while the status says why Start was refused; the next network clears it. */
    private boolean refused;
    private final ReadOnlyBooleanWrapper canContinue = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper runNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper unsavedRun = new ReadOnlyBooleanWrapper();
    /** Makes the running status line again in the current language. */
    private Supplier<String> runningStatus = () -> "";
    /** Makes the status line; kept so that a switch of language can make it again. */
    private Supplier<String> statusText = () -> text("trainstatus.ready");
    private NetworkSpec trained;
    private final DatasetAvailability availability;
    private volatile TrainingSession session;
    private volatile Path openedRun;
    /** The file holding the current run's weights: where it was last saved or opened from. */
    private volatile Path savedRun;
    /** The ONNX file the explored network came from, whose weights a run may start from; null: none. */
    private final javafx.beans.property.ReadOnlyObjectWrapper<Path> weightsFile =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.BooleanProperty startFromFileWeights =
            new javafx.beans.property.SimpleBooleanProperty(true);
    private volatile NetworkSpec openedSpec;
    private volatile String openedDataset;
    private volatile String datasetNote = "";
    private volatile boolean stopRequested;

    public TrainingViewModel(Supplier<TrainingBackend> backends, Supplier<NetworkSpec> network, Executor background,
                             ScheduledExecutorService timer, Consumer<Runnable> uiThread, Notifier notifier) {
        this.backends = backends;
        this.network = network;
        this.background = background;
        this.uiThread = uiThread;
        this.notifier = notifier;
        this.coalescer = new EventCoalescer(timer, uiThread, this::onEvents, UPDATE_INTERVAL_MILLIS);
        this.availability = new DatasetAvailability(form, DatasetDownloader.official()::download, background,
                uiThread, notifier);
    }

    /** Starts a new run of the explored network with the form's settings. */
    public void start() {
        if (isActive()) {
            return;
        }
        TrainingSettings settings;
        try {
            settings = form.settings();
        } catch (IllegalArgumentException e) {
            refuse(() -> text("trainstatus.cannotStart", e.getMessage()), e.getMessage());
            return;
        }
        NetworkSpec spec = network.get();
        Supplier<FitNote> fitNow = fitOfTheForm();
        FitNote fit = fitNow.get();
        if (fit.blocks()) {
            progress.reset();
            trained = null;
            refuse(() -> fitNow.get().text(), fit.text());
            return;
        }
        progress.reset();
        datasetNote = "";
        Path weights = startFromFileWeights.get() ? weightsFile.get() : null;
        begin(spec, backend -> weights == null ? backend.create(spec, settings)
                : backend.create(spec, settings, fileWeights(weights)));
    }

    private void refuse(Supplier<String> statusLine, String message) {
        refused = true;
        say(statusLine);
        notifier.error(text("trainstatus.cannotStart.title"), message);
    }

    private void say(Supplier<String> line) {
        statusText = line;
        status.set(line.get());
    }

    /**
     * Makes the status line, the run note and the data set's availability again after a switch of
     * language (the views are rebuilt; these texts live here).
     */
    public void textsChanged() {
        status.set(statusText.get());
        NetworkSpec now = network.get();
        if (isActive() && trained != null && !now.equals(trained)) {
            runNote.set(text("trainstatus.runNote", trained.name()));
        }
        availability.refresh();
    }

    /** Read on the worker thread that creates the session; a file without usable values ends the run in words. */
    private static org.cnnexplorer.training.NetworkWeights fileWeights(Path file) {
        try {
            return org.cnnexplorer.onnx.OnnxWeights.read(file);
        } catch (org.cnnexplorer.io.model.ModelFileException e) {
            throw new IllegalArgumentException(text("trainstatus.fileWeights", e.getMessage()), e);
        }
    }

    /** The ONNX file the explored network came from (its weights can start a run), or null. */
    public void setWeightsFile(Path file) {
        weightsFile.set(file);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Path> weightsFileProperty() {
        return weightsFile.getReadOnlyProperty();
    }

    /** Whether a new run starts from {@link #weightsFileProperty()}'s weights (when there is such a file). */
    public javafx.beans.property.BooleanProperty startFromFileWeightsProperty() {
        return startFromFileWeights;
    }

    /** Continues training the run opened from a file (its network and weights) with the form's settings. */
    public void continueTraining() {
        Path file = openedRun;
        if (isActive() || file == null) {
            return;
        }
        TrainingSettings settings;
        try {
            settings = form.settings();
        } catch (IllegalArgumentException e) {
            notifier.error(text("trainstatus.cannotContinue.title"), e.getMessage());
            return;
        }
        datasetNote = SavedRuns.otherDatasetNote(openedDataset, settings.dataset());
        begin(openedSpec, backend -> backend.resume(file, settings));
    }

    private void begin(NetworkSpec spec, java.util.function.Function<TrainingBackend, TrainingSession> create) {
        stopRequested = false;
        canContinue.set(false);
        trained = spec;
        runNote.set("");
        refused = false;
        state.set(TrainingState.PREPARING);
        Object dataset = form.datasetProperty().get();
        say(() -> text("trainstatus.preparing", spec.name(), dataset));
        background.execute(() -> launch(spec, create));
    }

    private void launch(NetworkSpec spec, java.util.function.Function<TrainingBackend, TrainingSession> create) {
        try {
            TrainingBackend backend = backends.get();
            TrainingSession created = create.apply(backend);
            created.addListener(coalescer::offer);
            session = created;
            savedRun = null;
            uiThread.accept(() -> {
                Object dataset = form.datasetProperty().get();
                String note = datasetNote;
                runningStatus = () -> text("trainstatus.training", spec.name(), dataset, note, backend.description());
                say(runningStatus);
            });
            if (stopRequested) {
                coalescer.offer(new TrainingEvent.StateChanged(TrainingState.STOPPED));
            } else {
                created.start();
            }
        } catch (RuntimeException | LinkageError e) {
            coalescer.offer(new TrainingEvent.Failed(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private void onEvents(List<TrainingEvent> batch) {
        progress.apply(batch);
        for (TrainingEvent event : batch) {
            if (event instanceof TrainingEvent.StateChanged changed) {
                state.set(changed.state());
                showState(changed.state());
            } else if (event instanceof TrainingEvent.Started) {
                state.set(TrainingState.RUNNING);
            } else if (event instanceof TrainingEvent.Finished finished) {
                state.set(finished.stoppedEarly() ? TrainingState.STOPPED : TrainingState.FINISHED);
                say(() -> text(finished.stoppedEarly() ? "trainstatus.stopped" : "trainstatus.finished"));
                unsavedRun.set(true);
            } else if (event instanceof TrainingEvent.Failed failed) {
                fail(failed.message());
            }
        }
    }

    private void showState(TrainingState now) {
        switch (now) {
            case PAUSED -> say(() -> text("trainstatus.paused"));
            case RUNNING -> say(runningStatus);
            case STOPPING -> say(() -> text("trainstatus.stopping"));
            default -> { }
        }
    }

    /**
     * Follows the explored network. While a run is active, an edit does not change what is being
     * trained, and the note says so; when idle, opening another network clears the previous
     * network's refusal, curves, matrix and predictions.
     */
    public void exploredNetworkChanged(NetworkSpec now) {
        if (isActive()) {
            runNote.set(now.equals(trained) ? "" : text("trainstatus.runNote", trained.name()));
            return;
        }
        runNote.set("");
        NetworkSpec shown = trained;
        if (shown != null && !shown.id().equals(now.id()) || state.get() == TrainingState.FAILED
                || refused) {
            progress.reset();
            state.set(TrainingState.NEW);
            refused = false;
            say(() -> text("trainstatus.ready"));
        }
    }

    private void fail(String message) {
        state.set(TrainingState.FAILED);
        say(() -> text("trainstatus.titled", text("trainstatus.failed.title"), message));
        notifier.error(text("trainstatus.failed.title"), message);
    }

    public void pause() {
        TrainingSession s = session;
        if (s != null && state.get() == TrainingState.RUNNING) {
            s.pause();
        }
    }

    public void resume() {
        TrainingSession s = session;
        if (s != null && state.get() == TrainingState.PAUSED) {
            s.resume();
        }
    }

    /** Asks the run to stop after the current iteration; it still reports its result. */
    public void stop() {
        stopRequested = true;
        TrainingSession s = session;
        if (s != null && isActive()) {
            s.stop();
        }
    }

    /** F5: start when idle, pause when running, resume when paused. */
    public void startPauseOrResume() {
        switch (state.get()) {
            case RUNNING -> pause();
            case PAUSED -> resume();
            case PREPARING, STOPPING -> { }
            default -> start();
        }
    }

    private boolean isActive() {
        TrainingState s = state.get();
        return s == TrainingState.PREPARING || s == TrainingState.RUNNING || s == TrainingState.PAUSED
                || s == TrainingState.STOPPING;
    }

    /** Saves the current run's checkpoint in the background; false when there is no run to save. */
    public boolean save(Path file) {
        TrainingSession s = session;
        if (s == null) {
            notifier.error(text("trainstatus.nothingToSave.title"), text("trainstatus.nothingToSave"));
            return false;
        }
        background.execute(() -> {
            try {
                s.saveCheckpoint(file);
                uiThread.accept(() -> {
                    say(() -> text("trainstatus.saved", file));
                    unsavedRun.set(false);
                    savedRun = file;
                });
            } catch (Exception e) {
                uiThread.accept(() -> notifier.error(text("trainstatus.cannotSave.title"),
                        text("trainstatus.titled", file, e.getMessage())));
            }
        });
        return true;
    }

    /** The saved run file of the current run (saved or opened), or null when it has none. */
    public Path runFile() {
        return savedRun;
    }

    /** Saves the run's checkpoint on the calling thread (when quitting); false when it cannot. */
    public boolean saveNow(Path file) {
        TrainingSession s = session;
        if (s == null) {
            return true;
        }
        try {
            s.saveCheckpoint(file);
            unsavedRun.set(false);
            return true;
        } catch (Exception e) {
            notifier.error(text("trainstatus.cannotSave.title"), text("trainstatus.titled", file, e.getMessage()));
            return false;
        }
    }

    /** Reads a saved run in the background and shows its curves and result. */
    public void open(Path file) {
        background.execute(() -> {
            try {
                TrainingRun run = SavedRuns.read(file);
                boolean weights = SavedRuns.hasWeights(file);
                uiThread.accept(() -> {
                    show(run);
                    openedRun = file;
                    savedRun = file;
                    openedSpec = run.spec();
                    openedDataset = run.settings().dataset();
                    canContinue.set(weights);
                });
            } catch (Exception e) {
                uiThread.accept(() -> notifier.error(text("trainstatus.cannotOpen.title"), SavedRuns.problem(file, e)));
            }
        });
    }

    /**
     * Shows a saved run (curves, result) without training, and puts its data set, batch size,
     * optimizer, learning rate and schedule in the form, which Continue training uses.
     */
    public void show(TrainingRun run) {
        if (isActive()) {
            notifier.error(text("trainstatus.running.title"), text("trainstatus.running"));
            return;
        }
        session = null;
        openedRun = null;
        canContinue.set(false);
        unsavedRun.set(false);
        trained = run.spec();
        progress.show(run);
        form.useSettingsOf(run);
        state.set(run.result() == null ? TrainingState.STOPPED : TrainingState.FINISHED);
        refused = false;
        say(() -> text("trainstatus.showing", run.spec().name()));
    }

    /**
     * The form's note on the explored network and the chosen data set, resize, batch and optimizer:
     * the input it is trained at with the training-memory estimate, or why it cannot be trained.
     */
    public String fitNote() {
        return fitOfTheForm().get().text();
    }

    /** The note for the network and form as they are now, made again in the language of each call. */
    private Supplier<FitNote> fitOfTheForm() {
        NetworkSpec spec = network.get();
        org.cnnexplorer.data.DatasetId dataset = form.datasetProperty().get();
        org.cnnexplorer.training.ImageResize resize = form.resize();
        int batch = form.batchProperty().get();
        org.cnnexplorer.core.Optimizer optimizer = form.optimizerProperty().get();
        return () -> DatasetFit.describe(spec, dataset, resize, batch, optimizer);
    }

    /** The resize row's text for a mode, for the explored network and the chosen data set. */
    public String resizeLabel(org.cnnexplorer.training.ImageResize.Mode mode) {
        return DatasetFit.resizeLabel(network.get(), form.datasetProperty().get(), mode);
    }

    /** The network Start would train: the explored one, as edited. */
    public NetworkSpec networkSpec() {
        return network.get();
    }

    /** Says that the run trains the network as it was at Start when the explored one has been edited since. */
    public ReadOnlyStringProperty runNoteProperty() {
        return runNote.getReadOnlyProperty();
    }

    /** True when a run has ended and has not been saved since. */
    public ReadOnlyBooleanProperty unsavedRunProperty() {
        return unsavedRun.getReadOnlyProperty();
    }

    /** True after opening a saved run that holds weights, until training starts. */
    public ReadOnlyBooleanProperty canContinueProperty() {
        return canContinue.getReadOnlyProperty();
    }

    /** Whether the chosen data set is here, and its download. */
    public DatasetAvailability availability() {
        return availability;
    }

    public TrainingForm form() {
        return form;
    }

    public TrainingProgress progress() {
        return progress;
    }

    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a run is being prepared, runs, is paused or is stopping. */
    public BooleanBinding activeBinding() {
        return Bindings.createBooleanBinding(this::isActive, state);
    }
}
