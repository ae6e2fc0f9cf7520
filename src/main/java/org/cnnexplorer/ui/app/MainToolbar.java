package org.cnnexplorer.ui.app;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The toolbar: the network's name and variant, undo/redo, graph zoom, theme and lecture mode. */
final class MainToolbar extends HBox {

    MainToolbar(MainWindow window) {
        getStyleClass().add("main-toolbar");
        Commands c = window.commands();
        MainViewModel vm = window.viewModel();
        Label name = new Label();
        name.getStyleClass().add("network-name");
        name.setId("network-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.textProperty().bind(Bindings.createStringBinding(() -> vm.explorer().state().spec().name()
                + (vm.explorer().state().isModified() ? " *" : ""), vm.explorer().stateProperty()));
        Label variant = new Label();
        variant.getStyleClass().add("network-variant");
        variant.textProperty().bind(Bindings.createStringBinding(() -> vm.explorer().state().spec().variant(),
                vm.explorer().stateProperty()));
        variant.setMinWidth(0);
        // Lecture mode has no room for the variant beside the buttons: it moves to the name's tooltip.
        variant.visibleProperty().bind(vm.lectureProperty().not());
        variant.managedProperty().bind(variant.visibleProperty());
        Tooltip variantTip = new Tooltip();
        variantTip.textProperty().bind(variant.textProperty());
        name.setTooltip(variantTip);
        HBox.setHgrow(variant, Priority.ALWAYS);
        Button undo = button("Undo", "Undo the last edit (Ctrl+Z)", c::undo);
        undo.disableProperty().bind(vm.explorer().canUndoProperty().not());
        Button redo = button("Redo", "Redo (Ctrl+Shift+Z or Ctrl+Y)", c::redo);
        redo.disableProperty().bind(vm.explorer().canRedoProperty().not());
        Button revert = button("Revert", "Back to the network as opened", c::revert);
        revert.disableProperty().bind(vm.explorer().modifiedProperty().not());
        undo.setId("undo");
        redo.setId("redo");
        undo.getTooltip().textProperty().bind(Bindings.concat("Undo ", vm.explorer().undoLabelProperty(),
                " (Ctrl+Z)"));
        redo.getTooltip().textProperty().bind(Bindings.concat("Redo ", vm.explorer().redoLabelProperty(),
                " (Ctrl+Shift+Z or Ctrl+Y)"));
        ToggleButton dark = toggle("Dark", "Dark theme (Ctrl+D)");
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        ToggleButton lecture = toggle("Lecture", "Large fonts and high contrast for projectors (F11)");
        lecture.selectedProperty().bindBidirectional(vm.lectureProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        getChildren().addAll(name, variant, spacer, undo, redo, revert, new Separator(),
                button("Fit", "Fit the graph to the window (Ctrl+0)", c::fit),
                button("-", "Zoom out (Ctrl+minus)", c::zoomOut), button("+", "Zoom in (Ctrl+plus)", c::zoomIn),
                button("Open all", "Open every block of the graph", c::expandAll),
                button("Close all", "Close every block of the graph", c::collapseAll), new Separator(), dark, lecture);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static ToggleButton toggle(String text, String tip) {
        ToggleButton button = new ToggleButton(text);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
