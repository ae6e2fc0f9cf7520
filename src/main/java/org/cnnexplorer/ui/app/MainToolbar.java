package org.cnnexplorer.ui.app;

import static org.cnnexplorer.i18n.Messages.text;

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
        Button undo = button("toolbar.undo", c::undo);
        undo.disableProperty().bind(vm.explorer().canUndoProperty().not());
        Button redo = button("toolbar.redo", c::redo);
        redo.disableProperty().bind(vm.explorer().canRedoProperty().not());
        Button revert = button("toolbar.revert", c::revert);
        revert.disableProperty().bind(vm.explorer().modifiedProperty().not());
        undo.setId("undo");
        redo.setId("redo");
        var undoLabel = vm.explorer().undoLabelProperty();
        var redoLabel = vm.explorer().redoLabelProperty();
        undo.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> text("toolbar.undo.tip-what", undoLabel.get()), undoLabel));
        redo.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> text("toolbar.redo.tip-what", redoLabel.get()), redoLabel));
        ToggleButton dark = toggle("toolbar.dark");
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        ToggleButton lecture = toggle("toolbar.lecture");
        lecture.selectedProperty().bindBidirectional(vm.lectureProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        getChildren().addAll(name, variant, spacer, undo, redo, revert, new Separator(),
                button("toolbar.fit", c::fit), button("toolbar.zoom-out", c::zoomOut),
                button("toolbar.zoom-in", c::zoomIn), button("toolbar.open-all", c::expandAll),
                button("toolbar.close-all", c::collapseAll), new Separator(), dark, lecture);
    }

    /** A button with the text of {@code key} and the tooltip of {@code key.tip}. */
    private static Button button(String key, Runnable action) {
        Button button = new Button(text(key));
        button.setTooltip(new Tooltip(text(key + ".tip")));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static ToggleButton toggle(String key) {
        ToggleButton button = new ToggleButton(text(key));
        button.setTooltip(new Tooltip(text(key + ".tip")));
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
