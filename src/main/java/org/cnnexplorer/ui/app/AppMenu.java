package org.cnnexplorer.ui.app;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.ui.explorer.PaletteMenus;

/**
 * The menu bar with the keyboard shortcuts of the main actions: Ctrl+O open, Ctrl+S save model
 * (Ctrl+Shift+S as), Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo (named: "Undo insert conv2d"), the
 * Layer menu's Insert, Shift+Insert, Delete and Ctrl+Shift+D, Ctrl+1..5 tabs, Ctrl+0 fit, Ctrl+plus/minus zoom,
 * Ctrl+D dark theme, F11 lecture mode, F5 start or pause training, F1 the shortcuts; Help > About.
 */
final class AppMenu {

    /** The Lessons menu's lessons, in order; {@code menu.lessons.ID} is each one's title. */
    private static final List<String> LESSONS = List.of("stacked-5x5", "stacked-7x7", "bottleneck", "inception",
            "memory-vs-weights", "plain-vs-residual", "detection");

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
        Menu export = new Menu(text("menu.file.export"), null,
                item("menu.export.graph-png", null, commands::exportGraphPng),
                item("menu.export.graph-svg", null, commands::exportGraphSvg),
                item("menu.export.table-csv", "Shortcut+E", commands::exportTableCsv),
                item("menu.export.table-markdown", null, commands::exportTableMarkdown),
                item("menu.export.onnx", null, commands::exportOnnx),
                item("menu.export.run-onnx", null, commands::exportRunOnnx),
                item("menu.export.curves-png", null, commands::exportCurvesPng),
                item("menu.export.curves-csv", null, commands::exportCurvesCsv));
        return new Menu(text("menu.file"), null, item("menu.file.open", "Shortcut+O", commands::openModelFile),
                item("menu.file.save", "Shortcut+S", commands::saveModel),
                item("menu.file.save-as", "Shortcut+Shift+S", commands::saveModelAs), new SeparatorMenuItem(),
                export, new SeparatorMenuItem(), item("menu.file.open-run", null, commands::openRun),
                item("menu.file.save-run", null, commands::saveRun), new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", commands::quit));
    }

    private Menu edit() {
        var explorer = window.viewModel().explorer();
        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", commands::undo);
        undo.disableProperty().bind(explorer.canUndoProperty().not());
        undo.textProperty().bind(Bindings.createStringBinding(
                () -> text("menu.edit.undo-what", explorer.undoLabelProperty().get()), explorer.undoLabelProperty()));
        undo.setId("menu-undo");
        MenuItem redo = item("menu.edit.redo", "Shortcut+Shift+Z", commands::redo);
        redo.disableProperty().bind(explorer.canRedoProperty().not());
        redo.textProperty().bind(Bindings.createStringBinding(
                () -> text("menu.edit.redo-what", explorer.redoLabelProperty().get()), explorer.redoLabelProperty()));
        redo.setId("menu-redo");
        MenuItem revert = item("menu.edit.revert", null, commands::revert);
        revert.disableProperty().bind(window.viewModel().explorer().modifiedProperty().not());
        return new Menu(text("menu.edit"), null, undo, redo, new SeparatorMenuItem(), revert);
    }

    /** The layer palette's actions on the selected layer or block. */
    private Menu layer() {
        Menu menu = new Menu(text("menu.layer"));
        menu.getItems().setAll(PaletteMenus.items(window.viewModel().palette(), true));
        menu.setId("menu-layer");
        return menu;
    }

    private Menu view() {
        Menu menu = new Menu(text("menu.view"));
        for (MainWindow.Screen screen : MainWindow.Screen.values()) {
            menu.getItems().add(item("tab." + screen.name().toLowerCase(Locale.ROOT),
                    "Shortcut+" + (screen.ordinal() + 1), () -> window.show(screen)));
        }
        CheckMenuItem dark = new CheckMenuItem(text("menu.view.dark"));
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        dark.selectedProperty().bindBidirectional(window.viewModel().darkProperty());
        CheckMenuItem lecture = new CheckMenuItem(text("menu.view.lecture"));
        lecture.setAccelerator(KeyCombination.keyCombination("F11"));
        lecture.selectedProperty().bindBidirectional(window.viewModel().lectureProperty());
        menu.getItems().addAll(new SeparatorMenuItem(), item("menu.view.fit", "Shortcut+0", commands::fit),
                item("menu.view.zoom-in", "Shortcut+Equals", commands::zoomIn), item("menu.view.zoom-out",
                        "Shortcut+Minus", commands::zoomOut), item("menu.view.actual-size", null, commands::actualSize),
                item("menu.view.open-all", null, commands::expandAll), item("menu.view.close-all", null,
                        commands::collapseAll), new SeparatorMenuItem(), dark, lecture, new SeparatorMenuItem(),
                language());
        return menu;
    }

    /** View > Language: each language named in itself; the choice redraws the window and is remembered. */
    private Menu language() {
        Menu menu = new Menu(text("menu.view.language"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        var chosen = window.viewModel().languageProperty();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.nativeName());
            item.setId("menu-language-" + language.code());
            item.setToggleGroup(group);
            item.setSelected(chosen.get() == language);
            // later: the window is rebuilt when the language changes, and this menu with it
            item.setOnAction(e -> Platform.runLater(() -> chosen.set(language)));
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu train() {
        return new Menu(text("menu.train"), null, item("menu.train.start", "F5", commands::startOrPause),
                item("menu.train.stop", "Shift+F5", commands::stopTraining));
    }

    private Menu lessons() {
        Menu menu = new Menu(text("menu.lessons"));
        menu.setId("menu-lessons");
        for (String id : LESSONS) {
            menu.getItems().add(item("menu.lessons." + id, null, () -> commands.openLesson(id)));
        }
        return menu;
    }

    private Menu help() {
        return new Menu(text("menu.help"), null, item("menu.help.shortcuts", "F1", commands::showShortcuts),
                item("menu.help.about", null, commands::showAbout));
    }

    /** A menu item with the text of this key. */
    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text(key));
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
