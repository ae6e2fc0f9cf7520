package org.cnnexplorer.ui.explorer;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.cnnexplorer.io.Numbers;

/**
 * The resource table, one row per layer as in {@code cnnx summary}, sortable by any column.
 * Rows with a problem are red with the problem as tooltip. Selection follows the explorer; a row
 * the user picks (mouse or keys) becomes the explorer's selection.
 */
public final class LayerTableView extends TableView<LayerRow> {

    private final LayerTableViewModel viewModel;

    public LayerTableView(LayerTableViewModel viewModel, ExplorerViewModel explorer) {
        this.viewModel = viewModel;
        getStyleClass().add("layer-table");
        SortedList<LayerRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        getColumns().setAll(java.util.List.of(text("Layer", r -> "  ".repeat(r.depth()) + r.name(), 150),
                text("Type", LayerRow::type, 95), text("Input", LayerRow::input, 125),
                text("Output", LayerRow::output, 125), text("Kernel/stride/pad", LayerRow::settings, 130),
                number("Params", LayerRow::params), number("MACs", LayerRow::macs),
                number("Activations", LayerRow::activations), rf(), jump()));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setRowFactory(table -> new ProblemRow());
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> pick());
        addEventHandler(KeyEvent.KEY_RELEASED, e -> pick());
        explorer.selectionProperty().addListener((obs, old, now) -> follow(now));
        viewModel.rows().addListener((ListChangeListener<LayerRow>) c -> follow(explorer.selectionProperty().get()));
    }

    private void pick() {
        LayerRow row = getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.select(row);
        }
    }

    private void follow(String name) {
        LayerRow row = viewModel.rowFor(name);
        if (row == null) {
            getSelectionModel().clearSelection();
            return;
        }
        int index = getItems().indexOf(row);
        if (index >= 0 && getSelectionModel().getSelectedIndex() != index) {
            getSelectionModel().clearAndSelect(index);
            scrollTo(Math.max(0, index - 3));
        }
    }

    private static TableColumn<LayerRow, String> text(String title, Function<LayerRow, String> value, double width) {
        TableColumn<LayerRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<LayerRow, Long> number(String title, Function<LayerRow, Long> value) {
        TableColumn<LayerRow, Long> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new NumberCell<>(v -> v < 0 ? "-" : Numbers.grouped(v)));
        column.setPrefWidth(title.equals("MACs") ? 125 : 110);
        return column;
    }

    private static TableColumn<LayerRow, Integer> rf() {
        TableColumn<LayerRow, Integer> column = new TableColumn<>("RF size");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rfSize()));
        column.setCellFactory(c -> new NumberCell<>(v -> v < 0 ? "-" : Integer.toString(v)));
        column.setPrefWidth(72);
        return column;
    }

    /** The receptive field's jump as text ({@code 8}, or {@code 8x4}), sorted by its height. */
    private static TableColumn<LayerRow, LayerRow> jump() {
        TableColumn<LayerRow, LayerRow> column = new TableColumn<>("RF jump");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LayerRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.jumpText());
            }
        });
        column.getStyleClass().add("number-column");
        column.setComparator(java.util.Comparator.comparingInt(LayerRow::jump));
        column.setPrefWidth(72);
        return column;
    }

    /** A row coloured by the layer's status, with the problem as tooltip. */
    private static final class ProblemRow extends TableRow<LayerRow> {
        @Override
        protected void updateItem(LayerRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("problem-row", "blocked-row");
            setTooltip(null);
            if (!empty && row != null && row.hasProblem()) {
                getStyleClass().add("problem-row");
                setTooltip(new Tooltip(row.name() + ": " + row.problem()));
            } else if (!empty && row != null && row.blocked()) {
                getStyleClass().add("blocked-row");
            }
        }
    }
}
