package org.cnnexplorer.ui.app;

import static org.cnnexplorer.i18n.Messages.text;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.cnnexplorer.data.DataDirectories;
import org.cnnexplorer.io.model.ModelSources;
import org.cnnexplorer.ui.common.Notifier;
import org.cnnexplorer.ui.compare.CompareView;
import org.cnnexplorer.ui.explorer.ChartsView;
import org.cnnexplorer.ui.explorer.FormulaView;
import org.cnnexplorer.ui.explorer.LayerEditorView;
import org.cnnexplorer.ui.explorer.LayerTableView;
import org.cnnexplorer.ui.explorer.NetworkPickerView;
import org.cnnexplorer.ui.explorer.PaletteMenus;
import org.cnnexplorer.ui.explorer.PaletteView;
import org.cnnexplorer.ui.explorer.SettingsBarView;
import org.cnnexplorer.ui.explorer.TotalsView;
import org.cnnexplorer.ui.export.ExportActions;
import org.cnnexplorer.ui.graph.GraphView;
import org.cnnexplorer.ui.inside.InsideView;
import org.cnnexplorer.ui.inside.InsideViewModel;
import org.cnnexplorer.ui.training.TrainingView;

/**
 * The main window: menu and toolbar, the settings bar, the network list on the left, the tabs
 * (Graph, Table, Charts, Compare, Train) in the centre, the layer editor and totals on the right,
 * and a status line with the network's first problem.
 */
public final class MainWindow {

    /** The tabs, in order; Ctrl+1..6 selects them. */
    public enum Screen { GRAPH, TABLE, CHARTS, COMPARE, TRAIN, INSIDE }

    private final Stage stage;
    private final MainViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Notifier notifier;
    private GraphView graph;
    private NetworkPickerView picker;
    private TrainingView training;
    private InsideViewModel inside;
    private final Commands commands;
    private final ExportActions exports;
    private final Scene scene;

    public MainWindow(Stage stage, AppServices services) {
        this.stage = stage;
        this.notifier = Dialogs.notifier(stage);
        this.viewModel = new MainViewModel(services, notifier);
        this.exports = new ExportActions(stage, notifier);
        this.commands = new Commands(this, exports);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("tabs");
        root.getStyleClass().add("main-window");
        build();
        scene = new Scene(root, 1500, 940);
        scene.getStylesheets().add(Theme.STYLESHEET);
        Theme.bind(root, viewModel.darkProperty(), viewModel.lectureProperty());
        Theme.bindLanguage(root, viewModel.languageProperty());
        viewModel.lectureProperty().addListener((obs, old, now) -> graph.setLecture(now));
        viewModel.languageProperty().addListener((obs, old, now) -> rebuild());
        AppMenu.extraAccelerators(this, scene);
        stage.titleProperty().bind(viewModel.titleBinding());
        stage.setScene(scene);
        stage.setOnShown(e -> graph.requestFocus());
        stage.setOnCloseRequest(e -> {
            if (commands.mayQuit()) {
                viewModel.training().stop();
            } else {
                e.consume();
            }
        });
    }

    /**
     * Makes every view of the window from the view models: at start and again after a switch of
     * language, so that each text is asked for anew while the network, its edits, the open blocks,
     * a running training and the chosen tab stay as they are.
     */
    private void build() {
        graph = new GraphView(viewModel.graph());
        graph.setId("graph");
        graph.setLecture(viewModel.lectureProperty().get());
        ContextMenu graphMenu = PaletteMenus.contextMenu(viewModel.palette());
        graph.setOnContextMenuRequested(e -> graphMenu.show(graph, e.getScreenX(), e.getScreenY()));
        picker = new NetworkPickerView(viewModel.picker(), viewModel.explorer(), this::chooseModelFile);
        picker.setLeaveCheck(commands::mayLeaveNetwork);
        training = null;
        tabs.getTabs().clear();
        tab(Screen.GRAPH, text("tab.graph"), () -> graph);
        tab(Screen.TABLE, text("tab.table"), this::layerTable);
        Tab chartsTab = tab(Screen.CHARTS, text("tab.charts"),
                () -> new ChartsView(viewModel.charts(), viewModel.explorer()));
        chartsTab.contentProperty().addListener((obs, old, charts) ->
                ((ChartsView) charts).activeProperty().bind(chartsTab.selectedProperty()));
        tab(Screen.COMPARE, text("tab.compare"), () -> new CompareView(viewModel.compare(),
                viewModel::compareExplored, exports, notifier));
        tab(Screen.TRAIN, text("tab.train"), this::trainingView);
        tab(Screen.INSIDE, text("tab.inside"), this::insideView);
        SettingsBarView settings = new SettingsBarView(viewModel.explorer());
        settings.compactProperty().bind(viewModel.lectureProperty());
        root.setTop(new VBox(new AppMenu(this).menuBar(), new MainToolbar(this), settings));
        root.setLeft(picker);
        root.setCenter(tabs);
        Parent side = sidePanel();
        root.setRight(side);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) ->
                root.setRight(now.intValue() <= Screen.CHARTS.ordinal() ? side : null));
        root.setBottom(new StatusBar(viewModel.explorer(), viewModel.totals()));
    }

    /** The views again in the current language, on the tab that was showing. */
    private void rebuild() {
        int shown = tabs.getSelectionModel().getSelectedIndex();
        build();
        stage.titleProperty().bind(viewModel.titleBinding());
        show(Screen.values()[Math.max(0, shown)]);
        commands.lessonsLanguageChanged();
        graph.requestFocus();
    }

    /** A tab whose content is made when first shown, so the window opens quickly. */
    private Tab tab(Screen screen, String title, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setId("tab-" + screen.name().toLowerCase(Locale.ROOT));
        tab.selectedProperty().addListener((obs, was, is) -> {
            if (is && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        if (tabs.getTabs().isEmpty()) {
            tab.setContent(content.get());
        }
        tabs.getTabs().add(tab);
        return tab;
    }

    private Node layerTable() {
        LayerTableView table = new LayerTableView(viewModel.table(), viewModel.explorer());
        table.setId("layer-table");
        table.setContextMenu(PaletteMenus.contextMenu(viewModel.palette()));
        table.onFigureChosen(viewModel.formulas()::choose);
        return table;
    }

    private Parent sidePanel() {
        PaletteView palette = new PaletteView(viewModel.palette());
        palette.setId("palette");
        VBox side = new VBox(palette, new LayerEditorView(viewModel.editor(), viewModel.explorer()),
                new FormulaView(viewModel.formulas()), new TotalsView(viewModel.totals()));
        side.getStyleClass().add("side-column");
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("side-scroll");
        return scroll;
    }

    File chooseModelFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text("dialog.open-model.title"));
        List<String> patterns = new ArrayList<>(List.of("*.json"));
        ModelSources.formats().forEach(f -> patterns.add("*" + f.extension()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                text("dialog.open-model.all", String.join(", ", patterns)), patterns));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text("dialog.open-model.json"), "*.json"));
        ModelSources.formats().forEach(f -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                text("dialog.open-model.format", f.description(), f.extension()), "*" + f.extension())));
        return chooser.showOpenDialog(stage);
    }

    public void show(Screen screen) {
        int index = screen.ordinal();
        if (index < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(index);
        }
    }

    /** Opens the Lessons window at the lesson with this id (see {@code cnnx lesson} for the ids). */
    public void openLesson(String id) {
        commands.openLesson(id);
    }

    /** The Lessons window, or null before a lesson was opened. */
    public Stage lessonsStage() {
        return commands.lessons().stage();
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    Commands commands() {
        return commands;
    }

    /** The export commands (tests redirect their file choice). */
    public ExportActions exports() {
        return exports;
    }

    /** The Inside tab's view model; null until the tab was first shown. */
    public InsideViewModel inside() {
        return inside;
    }

    /** Shows the Inside tab and runs the saved training run {@code run} there with its learned weights. */
    public void inspectRun(Path run) {
        show(Screen.INSIDE);
        inside.useRun(run);
    }

    /** The Inside tab's view, made on first use; it reads the data set's test images then. */
    private Node insideView() {
        boolean first = inside == null;
        if (first) {
            inside = new InsideViewModel(Bindings.createObjectBinding(
                    () -> viewModel.explorer().state().spec(), viewModel.explorer().stateProperty()),
                    DataDirectories.standard(null));
        }
        InsideView view = new InsideView(inside);
        view.setId("inside");
        if (first) {
            inside.loadSamples();
        }
        return view;
    }

    /** The Train tab's view, made on first use. */
    public TrainingView trainingView() {
        if (training == null) {
            training = new TrainingView(viewModel.training(), Bindings.createStringBinding(
                    () -> viewModel.explorer().state().spec().name(), viewModel.explorer().stateProperty()));
        }
        return training;
    }

    public GraphView graph() {
        return graph;
    }

    public NetworkPickerView picker() {
        return picker;
    }
}
