package org.cnnexplorer.ui.app;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.ui.explorer.PaletteMenus;

/**
 * The menu bar with the keyboard shortcuts of the main actions: Ctrl+O open, Ctrl+S save model
 * (Ctrl+Shift+S as), Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo (named: "Undo insert conv2d"), the
 * Layer menu's Insert, Shift+Insert, Delete and Ctrl+Shift+D, Ctrl+1..5 tabs, Ctrl+0 fit, Ctrl+plus/minus zoom,
 * Ctrl+D dark theme, F11 lecture mode, F5 start or pause training, F1 the shortcuts; Help > About.
 */
final class AppMenu {

    private final MainWindow window;
    private final Commands commands;

    AppMenu(MainWindow window) {
        this.window = window;
        this.commands = window.commands();
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(file(), edit(), layer(), view(), train(), lessons(), help());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        Menu export = new Menu("Export", null,
                item("Graph as PNG...", null, commands::exportGraphPng),
                item("Graph as SVG...", null, commands::exportGraphSvg),
                item("Table as CSV...", "Shortcut+E", commands::exportTableCsv),
                item("Table as Markdown...", null, commands::exportTableMarkdown),
                item("Network as ONNX...", null, commands::exportOnnx),
                item("Trained run as ONNX...", null, commands::exportRunOnnx),
                item("Curves as PNG...", null, commands::exportCurvesPng),
                item("Curves as CSV...", null, commands::exportCurvesCsv));
        return new Menu("File", null, item("Open model file...", "Shortcut+O", commands::openModelFile),
                item("Save model", "Shortcut+S", commands::saveModel),
                item("Save model as...", "Shortcut+Shift+S", commands::saveModelAs), new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), item("Open run...", null, commands::openRun),
                item("Save run...", null, commands::saveRun), new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", commands::quit));
    }

    private Menu edit() {
        var explorer = window.viewModel().explorer();
        MenuItem undo = item("Undo", "Shortcut+Z", commands::undo);
        undo.disableProperty().bind(explorer.canUndoProperty().not());
        undo.textProperty().bind(Bindings.concat("Undo ", explorer.undoLabelProperty()));
        undo.setId("menu-undo");
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", commands::redo);
        redo.disableProperty().bind(explorer.canRedoProperty().not());
        redo.textProperty().bind(Bindings.concat("Redo ", explorer.redoLabelProperty()));
        redo.setId("menu-redo");
        MenuItem revert = item("Revert network", null, commands::revert);
        revert.disableProperty().bind(window.viewModel().explorer().modifiedProperty().not());
        return new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), revert);
    }

    /** The layer palette's actions on the selected layer or block. */
    private Menu layer() {
        Menu menu = new Menu("Layer");
        menu.getItems().setAll(PaletteMenus.items(window.viewModel().palette(), true));
        menu.setId("menu-layer");
        return menu;
    }

    private Menu view() {
        Menu menu = new Menu("View");
        String[] names = {"Graph", "Table", "Charts", "Compare", "Train", "Inside"};
        for (MainWindow.Screen screen : MainWindow.Screen.values()) {
            menu.getItems().add(item(names[screen.ordinal()], "Shortcut+" + (screen.ordinal() + 1),
                    () -> window.show(screen)));
        }
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        dark.selectedProperty().bindBidirectional(window.viewModel().darkProperty());
        CheckMenuItem lecture = new CheckMenuItem("Lecture mode (large, high contrast)");
        lecture.setAccelerator(KeyCombination.keyCombination("F11"));
        lecture.selectedProperty().bindBidirectional(window.viewModel().lectureProperty());
        menu.getItems().addAll(new SeparatorMenuItem(), item("Fit graph to window", "Shortcut+0", commands::fit),
                item("Zoom in", "Shortcut+Equals", commands::zoomIn), item("Zoom out", "Shortcut+Minus",
                        commands::zoomOut), item("Actual size", null, commands::actualSize),
                item("Open all blocks", null, commands::expandAll), item("Close all blocks", null,
                        commands::collapseAll), new SeparatorMenuItem(), dark, lecture);
        return menu;
    }

    private Menu train() {
        return new Menu("Train", null, item("Start / pause / resume", "F5", commands::startOrPause),
                item("Stop", "Shift+F5", commands::stopTraining));
    }

    private Menu lessons() {
        Menu menu = new Menu("Lessons");
        menu.setId("menu-lessons");
        menu.getItems().addAll(item("One 5x5 or two 3x3 convolutions", null, () -> commands.openLesson("stacked-5x5")),
                item("One 7x7 or three 3x3 convolutions", null, () -> commands.openLesson("stacked-7x7")),
                item("The 1x1 bottleneck", null, () -> commands.openLesson("bottleneck")),
                item("The inception module, naive and reduced", null, () -> commands.openLesson("inception")),
                item("Where memory goes, where weights go", null, () -> commands.openLesson("memory-vs-weights")),
                item(Messages.text("lesson.plainres.title"), null, () -> commands.openLesson("plain-vs-residual")),
                item("Detection: IoU, NMS and average precision", null, () -> commands.openLesson("detection")));
        return menu;
    }

    private Menu help() {
        return new Menu("Help", null, item("Keyboard shortcuts", "F1", commands::showShortcuts),
                item("About CNN Explorer", null, commands::showAbout));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * Second shortcuts a menu item cannot hold (Ctrl+Y redo, Ctrl+plus zoom on the keypad and
     * shifted), and undo/redo even while a number field has the focus: its own text undo would
     * otherwise swallow Ctrl+Z after an edit was committed.
     */
    static void extraAccelerators(MainWindow window, Scene scene) {
        Commands commands = window.commands();
        KeyCombination undo = KeyCombination.keyCombination("Shortcut+Z");
        KeyCombination redo = KeyCombination.keyCombination("Shortcut+Shift+Z");
        KeyCombination redoY = KeyCombination.keyCombination("Shortcut+Y");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (undo.match(e)) {
                commands.undo();
                e.consume();
            } else if (redo.match(e) || redoY.match(e)) {
                commands.redo();
                e.consume();
            }
        });
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Add"), commands::zoomIn);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Subtract"), commands::zoomOut);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Equals"), commands::zoomIn);
    }
}
