package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.cnnexplorer.core.Figure;
import org.cnnexplorer.io.Numbers;
import org.cnnexplorer.ui.common.ColumnFit;
import org.cnnexplorer.ui.common.FittedTableView;

/**
 * The resource table, one row per layer as in {@code cnnx summary}, sortable by any column.
 * Rows with a problem are red with the problem as tooltip. Selection follows the explorer; a row
 * the user picks (mouse or keys) becomes the explorer's selection. The compute column is MACs or
 * FLOPs as the conventions say; clicking a number's cell chooses that figure's formula.
 */
public final class LayerTableView extends FittedTableView<LayerRow> {

    private final LayerTableViewModel viewModel;
    private final Map<TableColumn<LayerRow, ?>, Figure> figures = new HashMap<>();
    private Consumer<String> figureChosen = key -> { };

    public LayerTableView(LayerTableViewModel viewModel, ExplorerViewModel explorer) {
        this.viewModel = viewModel;
        getStyleClass().add("layer-table");
        SortedList<LayerRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        TableColumn<LayerRow, String> output = textColumn(text("table.output"), LayerRow::output);
        TableColumn<LayerRow, String> settings = textColumn(text("table.settings"), LayerRow::settings);
        TableColumn<LayerRow, Long> params = number(text("table.params"), LayerRow::params);
        TableColumn<LayerRow, Long> compute = number("MACs", LayerRow::macs);
        TableColumn<LayerRow, Long> activations = number(text("totals.activations"), LayerRow::activations);
        TableColumn<LayerRow, Integer> rf = rf();
        TableColumn<LayerRow, LayerRow> jump = jump();
        getColumns().setAll(List.of(textColumn(text("table.layer"), LayerTableView::indentedName),
                textColumn(text("table.type"), LayerRow::type), textColumn(text("table.input"), LayerRow::input),
                output, settings, params, compute, activations, rf, jump));
        figures.putAll(Map.of(output, Figure.OUT_HEIGHT, settings, Figure.OUT_HEIGHT, params, Figure.PARAMS,
                activations, Figure.ACTIVATIONS, rf, Figure.RF_HEIGHT, jump, Figure.JUMP_HEIGHT));
        Runnable nameCompute = () -> {
            boolean flops = explorer.settings().conventions().flops();
            compute.setText(flops ? "FLOPs" : "MACs");
            figures.put(compute, flops ? Figure.FLOPS : Figure.MACS);
        };
        nameCompute.run();
        explorer.reportProperty().addListener((obs, old, now) -> nameCompute.run());
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::chooseFigure);
        setRowFactory(table -> new ProblemRow());
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> pick());
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> pick()); // the menu acts on the row clicked
        addEventHandler(KeyEvent.KEY_RELEASED, e -> pick());
        explorer.selectionProperty().addListener((obs, old, now) -> follow(now));
        viewModel.rows().addListener((ListChangeListener<LayerRow>) c -> {
            refit();
            follow(explorer.selectionProperty().get());
        });
    }

    /** Called with the {@link Figure} name of each number cell the user clicks. */
    public void onFigureChosen(Consumer<String> listener) {
        figureChosen = listener;
    }

    private void chooseFigure(MouseEvent event) {
        Node node = event.getPickResult().getIntersectedNode();
        while (node != null && !(node instanceof TableCell<?, ?>)) {
            node = node.getParent();
        }
        if (node instanceof TableCell<?, ?> cell && figures.containsKey(cell.getTableColumn())) {
            figureChosen.accept(figures.get(cell.getTableColumn()).name());
        }
    }

    private static String indentedName(LayerRow row) {
        return "  ".repeat(row.depth()) + row.name();
    }

    /** Every column as wide as its header and its widest cell, in the fonts of the moment (lecture mode). */
    @Override
    protected void fitColumns(ColumnFit fit, ColumnFit.Fonts fonts) {
        for (TableColumn<LayerRow, ?> column : getColumns()) {
            @SuppressWarnings("unchecked")
            Function<LayerRow, String> cellText = (Function<LayerRow, String>) column.getUserData();
            fit.fit(column, viewModel.rows(), cellText, fonts);
        }
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

    private static TableColumn<LayerRow, String> textColumn(String title, Function<LayerRow, String> value) {
        TableColumn<LayerRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setUserData(value);
        return column;
    }

    private static TableColumn<LayerRow, Long> number(String title, Function<LayerRow, Long> value) {
        TableColumn<LayerRow, Long> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        Function<Long, String> format = v -> v < 0 ? "-" : Numbers.grouped(v);
        column.setCellFactory(c -> new NumberCell<>(format));
        column.setUserData((Function<LayerRow, String>) r -> format.apply(value.apply(r)));
        return column;
    }

    private static TableColumn<LayerRow, Integer> rf() {
        TableColumn<LayerRow, Integer> column = new TableColumn<>(text("table.rf-size"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rfSize()));
        Function<Integer, String> format = v -> v < 0 ? "-" : Integer.toString(v);
        column.setCellFactory(c -> new NumberCell<>(format));
        column.setUserData((Function<LayerRow, String>) r -> format.apply(r.rfSize()));
        return column;
    }

    /** The receptive field's jump as text ({@code 8}, or {@code 8x4}), sorted by its height. */
    private static TableColumn<LayerRow, LayerRow> jump() {
        TableColumn<LayerRow, LayerRow> column = new TableColumn<>(text("table.rf-jump"));
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
        column.setUserData((Function<LayerRow, String>) LayerRow::jumpText);
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
