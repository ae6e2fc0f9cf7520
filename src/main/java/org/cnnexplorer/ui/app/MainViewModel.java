package org.cnnexplorer.ui.app;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.ScalingMultipliers;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.ui.common.Background;
import org.cnnexplorer.ui.common.Notifier;
import org.cnnexplorer.ui.compare.CompareViewModel;
import org.cnnexplorer.ui.explorer.ChartsViewModel;
import org.cnnexplorer.ui.explorer.ExplorerViewModel;
import org.cnnexplorer.ui.explorer.FormulaViewModel;
import org.cnnexplorer.ui.explorer.LayerEditorViewModel;
import org.cnnexplorer.ui.explorer.LayerTableViewModel;
import org.cnnexplorer.ui.explorer.NetworkPickerViewModel;
import org.cnnexplorer.ui.explorer.PaletteViewModel;
import org.cnnexplorer.ui.explorer.RecentFiles;
import org.cnnexplorer.ui.explorer.TotalsViewModel;
import org.cnnexplorer.ui.graph.GraphViewModel;
import org.cnnexplorer.ui.training.TrainingViewModel;

/**
 * Everything the main window shows, wired together: one explorer state that the picker, graph,
 * table, totals, charts and editor all follow; theme and lecture mode, remembered between runs.
 */
public final class MainViewModel {

    static final String DEFAULT_NETWORK = "lenet5";
    private static final String LAST_NETWORK = "last.network";
    private static final String DATA_FOLDER = "training.dataFolder";
    private static final String LANGUAGE = "language";

    private final AppServices services;
    private final ExplorerViewModel explorer;
    private final NetworkPickerViewModel picker;
    private final GraphViewModel graph;
    private final LayerTableViewModel table;
    private final TotalsViewModel totals;
    private final ChartsViewModel charts;
    private final LayerEditorViewModel editor;
    private final PaletteViewModel palette;
    private final FormulaViewModel formulas;
    private final CompareViewModel compare;
    private final TrainingViewModel training;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final BooleanProperty lecture = new SimpleBooleanProperty();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Messages.language());
    private boolean rememberLanguage = true;
    private final ObjectProperty<Object> savedState = new SimpleObjectProperty<>();
    private java.nio.file.Path modelFile;

    public MainViewModel(AppServices services, Notifier notifier) {
        this.services = services;
        String first = services.preferences().get(LAST_NETWORK, DEFAULT_NETWORK);
        explorer = new ExplorerViewModel(loadBuiltIn(first), ModelCatalog.isBuiltIn(first) ? first : DEFAULT_NETWORK);
        picker = new NetworkPickerViewModel(explorer, new RecentFiles(services.preferences()), notifier);
        graph = new GraphViewModel(explorer.reportProperty(), explorer.selectionProperty(), explorer::select);
        table = new LayerTableViewModel(explorer);
        totals = new TotalsViewModel(explorer);
        charts = new ChartsViewModel(explorer);
        editor = new LayerEditorViewModel(explorer);
        palette = new PaletteViewModel(explorer);
        formulas = new FormulaViewModel(explorer);
        compare = new CompareViewModel(explorer::settings);
        training = new TrainingViewModel(services.trainingBackend(), () -> explorer.state().spec(),
                Background.workers(), Background.timer(), Platform::runLater, notifier);
        followTrainingRecipe();
        rememberDataFolder();
        remember(dark, "theme.dark");
        remember(lecture, "lecture.mode");
        rememberLanguage();
        training.setWeightsFile(onnxSource(explorer.state().source()));
        modelFile = jsonSource(explorer.state().source());
        explorer.stateProperty().addListener((obs, old, now) -> {
            if (!java.util.Objects.equals(now.source(), old.source())) {
                modelFile = jsonSource(now.source());
            }
            training.exploredNetworkChanged(now.spec());
            training.setWeightsFile(onnxSource(now.source()));
            if (ModelCatalog.isBuiltIn(now.source())) {
                services.preferences().put(LAST_NETWORK, now.source());
            }
        });
    }

    /** The explored network's ONNX file, whose weights a run may start from, or null. */
    private static java.nio.file.Path onnxSource(String source) {
        return source != null && source.toLowerCase(java.util.Locale.ROOT).endsWith(".onnx")
                ? java.nio.file.Path.of(source) : null;
    }

    /** The explored network's own JSON model file, which Save writes back to, or null (a built-in). */
    private static java.nio.file.Path jsonSource(String source) {
        return source != null && source.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                ? java.nio.file.Path.of(source) : null;
    }

    private static NetworkSpec loadBuiltIn(String id) {
        try {
            return ModelCatalog.load(ModelCatalog.isBuiltIn(id) ? id : DEFAULT_NETWORK);
        } catch (ModelFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The Train tab starts from the explored network's suggested optimizer, learning rate and
     * schedule, and takes up the next network's when it suggests different ones; edits to layers
     * keep what the user typed.
     */
    private void followTrainingRecipe() {
        training.form().useRecipe(explorer.state().spec().training());
        explorer.stateProperty().addListener((obs, old, now) -> {
            if (!now.spec().training().equals(old.spec().training())) {
                training.form().useRecipe(now.spec().training());
            }
        });
    }

    /** The training data folder is a preference: set once, used by every later run. */
    private void rememberDataFolder() {
        var folder = training.form().dataDirProperty();
        folder.set(services.preferences().get(DATA_FOLDER, ""));
        folder.addListener((obs, old, now) -> services.preferences().put(DATA_FOLDER, now == null ? "" : now));
    }

    /**
     * The interface language: the remembered choice, else the system's; a change switches every text
     * ({@link Messages}) and is remembered.
     */
    private void rememberLanguage() {
        Language.ofCode(services.preferences().get(LANGUAGE, "")).ifPresent(Messages::setLanguage);
        language.set(Messages.language());
        language.addListener((obs, old, now) -> {
            Messages.setLanguage(now);
            explorer.textsChanged();
            training.textsChanged();
            if (rememberLanguage) {
                services.preferences().put(LANGUAGE, now.code());
            }
        });
    }

    /** The language of {@code --lang}: for this run only, the remembered choice stays. */
    public void useLanguageForThisRun(Language chosen) {
        rememberLanguage = false;
        try {
            language.set(chosen);
        } finally {
            rememberLanguage = true;
        }
    }

    private void remember(BooleanProperty property, String key) {
        property.set(services.preferences().getBoolean(key, false));
        property.addListener((obs, old, now) -> services.preferences().putBoolean(key, now));
    }

    /** The edited network was written to {@code file}: quitting need not ask, and Save writes there again. */
    public void markModelSaved(java.nio.file.Path file) {
        savedState.set(explorer.state());
        modelFile = file;
    }

    /** The JSON model file Save writes without asking (the one opened or last saved), or null. */
    public java.nio.file.Path modelFile() {
        return modelFile;
    }

    /** True when the network has edits that were not saved to a model file. */
    public boolean hasUnsavedEdits() {
        return explorer.state().isModified() && !explorer.state().equals(savedState.get());
    }

    /** What quitting would lose, in words; empty when nothing. */
    public java.util.List<String> unsavedWork() {
        java.util.List<String> unsaved = new java.util.ArrayList<>();
        if (hasUnsavedEdits()) {
            unsaved.add(Messages.text("unsaved.edits", explorer.state().spec().name()));
        }
        if (training.unsavedRunProperty().get()) {
            unsaved.add(Messages.text("unsaved.run"));
        }
        return unsaved;
    }

    /** Adds the explored network, as edited and configured, to the comparison. */
    public void compareExplored() {
        compare().add(explorer.state().spec(), explorer.settings());
    }

    /**
     * The window title: network name, and whether it is edited and those edits are saved; in the language
     * of the time it is made (the window makes it anew after a switch).
     */
    public StringBinding titleBinding() {
        return Bindings.createStringBinding(() -> Messages.text(hasUnsavedEdits() ? "window.title.unsaved"
                : explorer.state().isModified() ? "window.title.saved" : "window.title",
                explorer.state().spec().name() + scalingNote(explorer.scalingEffect().effective())),
                explorer.stateProperty(), savedState);
    }

    /** {@code " (width x0.5, depth x1.1)"} when the network is scaled (by multipliers that change it), else "". */
    private static String scalingNote(ScalingMultipliers scaling) {
        return scaling.isNone() ? "" : " (" + scaling.describe() + ")";
    }

    public AppServices services() {
        return services;
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    public NetworkPickerViewModel picker() {
        return picker;
    }

    public GraphViewModel graph() {
        return graph;
    }

    public LayerTableViewModel table() {
        return table;
    }

    public TotalsViewModel totals() {
        return totals;
    }

    public ChartsViewModel charts() {
        return charts;
    }

    public LayerEditorViewModel editor() {
        return editor;
    }

    public PaletteViewModel palette() {
        return palette;
    }

    public FormulaViewModel formulas() {
        return formulas;
    }

    /** The comparison; the first call fills it with the classic networks. */
    public CompareViewModel compare() {
        compare.addDefaultsIfEmpty();
        return compare;
    }

    public TrainingViewModel training() {
        return training;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public BooleanProperty lectureProperty() {
        return lecture;
    }

    /** The interface language (View > Language); remembered between runs. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }
}
