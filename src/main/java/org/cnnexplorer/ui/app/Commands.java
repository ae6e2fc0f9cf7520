package org.cnnexplorer.ui.app;

import static org.cnnexplorer.i18n.Messages.text;

import javafx.application.Platform;
import javafx.scene.paint.Color;
import org.cnnexplorer.ui.export.ExportActions;

/** The main window's actions, shared by the menu, the toolbar and the keyboard shortcuts. */
final class Commands {

    private final MainWindow window;
    private final MainViewModel vm;
    private final ExportActions exports;
    private Runnable exit = Platform::exit;
    private final LessonsWindow lessons;

    Commands(MainWindow window, ExportActions exports) {
        this.window = window;
        this.vm = window.viewModel();
        this.exports = exports;
        this.lessons = new LessonsWindow(window);
    }

    void openModelFile() {
        window.picker().openFile();
    }

    /** Writes the network to its own JSON file (opened or last saved) without asking, else asks; true when written. */
    boolean saveModel() {
        java.nio.file.Path file = vm.modelFile();
        if (file == null) {
            return saveModelAs();
        }
        boolean saved = exports.modelJson(vm.explorer().state().spec(), file);
        if (saved) {
            vm.markModelSaved(file);
        }
        return saved;
    }

    /** Asks for a file and writes the network there; true when written. */
    boolean saveModelAs() {
        java.nio.file.Path file = exports.modelJsonAs(vm.explorer().state().spec());
        if (file != null) {
            vm.markModelSaved(file);
        }
        return file != null;
    }

    void exportGraphPng() {
        exports.graphPng(window.graph(), networkId(), background());
    }

    void exportGraphSvg() {
        exports.graphSvg(vm.graph().pictureProperty().get(), networkId());
    }

    void exportTableCsv() {
        exports.tableCsv(vm.explorer().report());
    }

    void exportTableMarkdown() {
        exports.tableMarkdown(vm.explorer().report());
    }

    void exportOnnx() {
        exports.onnx(vm.explorer().report());
    }

    void exportRunOnnx() {
        exports.onnxRun(vm.training().runFile(), networkId());
    }

    void exportCurvesPng() {
        window.trainingView().exportCurvesPng(exports, background());
    }

    void exportCurvesCsv() {
        window.trainingView().exportCurvesCsv(exports);
    }

    void openRun() {
        window.show(MainWindow.Screen.TRAIN);
        window.trainingView().openRun();
    }

    void saveRun() {
        window.trainingView().saveRun();
    }

    void startOrPause() {
        window.show(MainWindow.Screen.TRAIN);
        vm.training().startPauseOrResume();
    }

    void stopTraining() {
        vm.training().stop();
    }

    void undo() {
        vm.explorer().undo();
    }

    void redo() {
        vm.explorer().redo();
    }

    void revert() {
        vm.explorer().revert();
    }

    void fit() {
        window.graph().fit();
    }

    void zoomIn() {
        window.graph().zoomIn();
    }

    void zoomOut() {
        window.graph().zoomOut();
    }

    void actualSize() {
        window.graph().actualSize();
    }

    void expandAll() {
        vm.graph().expandAll();
    }

    void collapseAll() {
        vm.graph().collapseAll();
    }

    /** Opens the Lessons window at the lesson with this id. */
    void openLesson(String id) {
        try {
            lessons.show(id);
        } catch (org.cnnexplorer.io.model.ModelFileException e) {
            Dialogs.notifier(window.stage()).error(text("lessons.cannot-open"), e.getMessage());
        }
    }

    /** The Lessons window, if open, shows its lesson in the new language. */
    void lessonsLanguageChanged() {
        try {
            lessons.languageChanged();
        } catch (org.cnnexplorer.io.model.ModelFileException e) {
            Dialogs.notifier(window.stage()).error(text("lessons.cannot-open"), e.getMessage());
        }
    }

    LessonsWindow lessons() {
        return lessons;
    }

    void quit() {
        if (mayQuit()) {
            vm.training().stop();
            exit.run();
        }
    }

    /** Asks about unsaved edits or an unsaved run: save (then quit), discard, or cancel. */
    boolean mayQuit() {
        var unsaved = vm.unsavedWork();
        if (unsaved.isEmpty()) {
            return true;
        }
        return switch (Dialogs.askToSave(window.stage(), unsaved)) {
            case CANCEL -> false;
            case DISCARD -> true;
            case SAVE -> saveAll();
        };
    }

    /** Before another network replaces the edited one: save (then open), discard, or cancel. */
    boolean mayLeaveNetwork() {
        if (!vm.hasUnsavedEdits()) {
            return true;
        }
        var unsaved = java.util.List.of(text("unsaved.edits", vm.explorer().state().spec().name()));
        return switch (Dialogs.askToSave(window.stage(), unsaved, text("dialog.leave.title"),
                text("dialog.leave.header"))) {
            case CANCEL -> false;
            case DISCARD -> true;
            case SAVE -> saveModel();
        };
    }

    private boolean saveAll() {
        if (vm.hasUnsavedEdits() && !saveModel()) {
            return false;
        }
        return !vm.training().unsavedRunProperty().get() || window.trainingView().saveRunNow();
    }

    /** What quitting does once allowed; tests replace it so the toolkit stays up. */
    void setExit(Runnable exit) {
        this.exit = exit;
    }

    void showShortcuts() {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setId("shortcuts");
        var shortcuts = About.shortcuts();
        for (int row = 0; row < shortcuts.size(); row++) {
            javafx.scene.control.Label keys = new javafx.scene.control.Label(shortcuts.get(row).get(0));
            keys.getStyleClass().add("totals-value");
            grid.addRow(row, keys, new javafx.scene.control.Label(shortcuts.get(row).get(1)));
        }
        Dialogs.info(window.stage(), text("menu.help.shortcuts"), grid);
    }

    void showAbout() {
        Dialogs.info(window.stage(), text("menu.help.about"), Dialogs.text(About.text()));
    }

    private String networkId() {
        return vm.explorer().state().spec().id();
    }

    private Color background() {
        return vm.darkProperty().get() ? Color.web("#1e2024") : Color.WHITE;
    }
}
