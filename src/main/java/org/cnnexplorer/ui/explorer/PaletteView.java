package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cnnexplorer.core.LayerKind;

/**
 * The layer palette above the layer editor: a kind to insert and Before/After buttons, Duplicate
 * and Delete, and the selected node's kind, which changes it when another is chosen. The same
 * actions are in the Layer menu and the graph's and table's context menus
 * ({@link PaletteMenus}).
 */
public final class PaletteView extends VBox {

    private final PaletteViewModel viewModel;
    private final ComboBox<LayerKind> change = new ComboBox<>();
    private boolean showing;

    public PaletteView(PaletteViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("side-panel", "layer-palette");
        Label heading = new Label(text("palette.heading"));
        heading.getStyleClass().add("panel-heading");
        ComboBox<LayerKind> kind = kindBox("palette-kind", text("palette.kind.tip"));
        kind.setItems(FXCollections.observableArrayList(PaletteViewModel.insertableKinds()));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        Button before = button("palette-before", text("palette.insertBefore"), text("palette.insertBefore.tip"),
                () -> viewModel.insertBefore(kind.getValue()));
        Button after = button("palette-after", text("palette.insertAfter"), text("palette.insertAfter.tip"),
                () -> viewModel.insertAfter(kind.getValue()));
        Button duplicate = button("palette-duplicate", text("palette.duplicate"), text("palette.duplicate.tip"),
                viewModel::duplicate);
        Button delete = button("palette-delete", text("palette.delete"), text("palette.delete.tip"),
                viewModel::delete);
        kindBox(change, "palette-change", text("palette.change.tip"));
        change.setItems(viewModel.changeKinds());
        change.disableProperty().bind(viewModel.selectedKindProperty().isNull());
        change.setOnAction(e -> changeKind());
        viewModel.selectedKindProperty().addListener((obs, old, now) -> showSelectedKind());
        viewModel.changeKinds().addListener((ListChangeListener<LayerKind>) c -> showSelectedKind());
        showSelectedKind();
        GridPane grid = new GridPane();
        grid.getStyleClass().add("editor-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().setAll(half, half);
        grid.add(kind, 0, 0, 2, 1);
        grid.addRow(1, before, after);
        grid.addRow(2, duplicate, delete);
        grid.add(new Label(text("palette.changeKind")), 0, 3, 2, 1);
        grid.add(change, 0, 4, 2, 1);
        getChildren().addAll(heading, grid);
    }

    private void changeKind() {
        LayerKind chosen = change.getValue();
        if (showing || chosen == null || chosen == viewModel.selectedKindProperty().get()) {
            return;
        }
        if (!viewModel.changeKind(chosen)) {
            showSelectedKind();
        }
    }

    private void showSelectedKind() {
        showing = true;
        change.setValue(viewModel.selectedKindProperty().get());
        showing = false;
    }

    private Button button(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinWidth(0);
        button.disableProperty().bind(viewModel.hasSelectionProperty().not());
        button.setOnAction(e -> action.run());
        GridPane.setHgrow(button, Priority.ALWAYS);
        return button;
    }

    private static ComboBox<LayerKind> kindBox(String id, String tip) {
        return kindBox(new ComboBox<>(), id, tip);
    }

    private static ComboBox<LayerKind> kindBox(ComboBox<LayerKind> box, String id, String tip) {
        box.setId(id);
        box.setTooltip(new Tooltip(tip));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(14);
        box.setCellFactory(list -> new KindCell(true));
        box.setButtonCell(new KindCell(false));
        return box;
    }

    /** A kind as its id, in the list with its title: "conv2d - 2-D convolution". */
    static final class KindCell extends ListCell<LayerKind> {

        private final boolean withTitle;

        KindCell(boolean withTitle) {
            this.withTitle = withTitle;
        }

        @Override
        protected void updateItem(LayerKind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(empty || kind == null ? null : withTitle ? PaletteMenus.text(kind) : kind.id());
        }
    }
}
