package org.cnnexplorer.ui.app;

import javafx.application.Platform;
import javafx.scene.paint.Color;
import org.cnnexplorer.ui.export.ExportActions;

/** The main window's actions, shared by the menu, the toolbar and the keyboard shortcuts. */
final class Commands {

    private final MainWindow window;
    private final MainViewModel vm;
    private final ExportActions exports;

    Commands(MainWindow window, ExportActions exports) {
        this.window = window;
        this.vm = window.viewModel();
        this.exports = exports;
    }

    void openModelFile() {
        window.picker().openFile();
    }

    void saveModel() {
        exports.modelJson(vm.explorer().state().spec());
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

    void quit() {
        vm.training().stop();
        Platform.exit();
    }

    private String networkId() {
        return vm.explorer().state().spec().id();
    }

    private Color background() {
        return vm.darkProperty().get() ? Color.web("#1e2024") : Color.WHITE;
    }
}
