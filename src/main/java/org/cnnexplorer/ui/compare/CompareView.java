package org.cnnexplorer.ui.compare;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.ui.common.BuiltIns;
import org.cnnexplorer.ui.common.ColumnFit;
import org.cnnexplorer.ui.common.FittedTableView;
import org.cnnexplorer.ui.common.Notifier;
import org.cnnexplorer.ui.common.ViewportHeights;
import org.cnnexplorer.ui.export.ExportActions;

/**
 * The Compare tab: the compared networks on the left (add, remove, make baseline), their totals
 * side by side with ratios to the first column and the best and worst per row coloured, and a
 * bar chart of one metric below.
 */
public final class CompareView extends BorderPane {

    /** The least height of the chart in font sizes (em), where the viewport has room for it. */
    private static final double CHART_EMS = 22;

    private final CompareViewModel viewModel;
    private final ListView<CompareEntry> list = new ListView<>();
    private final CompareTable table = new CompareTable();

    public CompareView(CompareViewModel viewModel, Runnable addCurrent, ExportActions exports, Notifier notifier) {
        this.viewModel = viewModel;
        getStyleClass().add("compare-view");
        list.setItems(viewModel.entries());
        list.setId("compare-list");
        list.setCellFactory(l -> new EntryCell());
        table.setId("compare-table");
        ComboBox<String> builtIns = new ComboBox<>();
        builtIns.getItems().setAll(BuiltIns.entries().stream().map(ModelCatalog.Entry::id).toList()); // menu order
        builtIns.setPromptText(text("compare.builtin-prompt"));
        builtIns.setId("compare-builtin");
        Button add = button(text("compare.add"), () -> {
            try {
                if (builtIns.getValue() != null) {
                    viewModel.addBuiltIn(builtIns.getValue());
                }
            } catch (Exception e) {
                notifier.error(text("compare.cannot-add"), e.getMessage());
            }
        });
        add.setId("compare-add");
        Button current = button(text("compare.add-explored"), addCurrent);
        current.setId("compare-add-current");
        Button remove = button(text("compare.remove"),
                () -> viewModel.remove(list.getSelectionModel().getSelectedIndex()));
        Button baseline = button(text("compare.make-baseline"),
                () -> viewModel.makeBaseline(list.getSelectionModel().getSelectedIndex()));
        Button csv = button(text("compare.export-csv"),
                () -> exports.text(text("compare.export-csv.title"), "comparison.csv", "csv", viewModel::csv));
        Button markdown = button(text("compare.export-markdown"), () -> exports.text(
                text("compare.export-markdown.title"), "comparison.md", "md", viewModel::markdown));
        remove.setId("compare-remove");
        baseline.setId("compare-baseline");
        FlowPane tools = new FlowPane(8, 6, builtIns, add, current, remove, baseline, csv, markdown);
        tools.getStyleClass().add("compare-toolbar");
        setTop(tools);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label listHeading = new Label(text("compare.columns"));
        listHeading.getStyleClass().add("panel-heading");
        listHeading.setWrapText(true);
        listHeading.setMinHeight(Region.USE_PREF_SIZE);
        VBox left = new VBox(6, listHeading, list);
        left.getStyleClass().add("compare-columns");
        setLeft(left);
        CompareChart chart = new CompareChart(viewModel);
        table.setPrefHeight(100);
        // The table (at least its header and four rows, app.css) over the chart (at least 22em, so its bars stay
        // visible under rotated names, but at most the viewport, so that it can be seen whole). Where the two do not
        // fit, as in lecture mode at 1280x800, they scroll; a chart of fixed height had left lecture mode a single
        // row of the table.
        table.getStyleClass().add("compare-table");
        VBox stack = new VBox(table, chart);
        VBox.setVgrow(table, Priority.ALWAYS);
        javafx.scene.control.ScrollPane centre = new javafx.scene.control.ScrollPane(stack);
        centre.setFitToWidth(true);
        centre.setFitToHeight(true);
        centre.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        centre.getStyleClass().add("compare-scroll");
        centre.setId("compare-scroll");
        ViewportHeights.follow(centre, add, CHART_EMS, chart);
        setCenter(centre);
        viewModel.rowsProperty().addListener((obs, old, now) -> fillTable());
        viewModel.entries().addListener((ListChangeListener<CompareEntry>) c -> fillTable());
        fillTable();
    }

    private void fillTable() {
        table.getColumns().clear();
        TableColumn<CompareRow, String> metric = new TableColumn<>("");
        metric.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().metric().label()));
        metric.setSortable(false);
        table.getColumns().add(metric);
        List<CompareEntry> entries = viewModel.entries();
        for (int i = 0; i < entries.size(); i++) {
            table.getColumns().add(valueColumn(entries.get(i).label(), i));
        }
        table.getItems().setAll(viewModel.rowsProperty().get());
        table.refit();
    }

    private static TableColumn<CompareRow, CompareRow> valueColumn(String title, int index) {
        TableColumn<CompareRow, CompareRow> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new CompareCell(index));
        column.setSortable(false);
        column.setUserData(index);
        return column;
    }

    /** The comparison table, each column as wide as its title and values, the metric names in full. */
    private static final class CompareTable extends FittedTableView<CompareRow> {
        CompareTable() {
            getStyleClass().add("compare-table");
        }

        @Override
        protected void fitColumns(ColumnFit fit, ColumnFit.Fonts fonts) {
            for (TableColumn<CompareRow, ?> column : getColumns()) {
                if (column.getUserData() instanceof Integer index) {
                    fit.fit(column, getItems(), row -> CompareCell.text(row, index), fonts);
                } else {
                    fit.fit(column, getItems(), row -> row.metric().label(), fonts);
                }
            }
        }
    }

    private static Button button(String text, Runnable action) {
        Button button = new Button(text);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** The column's title and the input it is analysed at; long names wrap rather than being cut. */
    private static final class EntryCell extends ListCell<CompareEntry> {
        EntryCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CompareEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(empty || entry == null ? null : (getIndex() == 0 ? "* " : "") + entry.label() + "\n  "
                    + entry.settings().input());
            setTooltip(empty || entry == null ? null : new javafx.scene.control.Tooltip(entry.spec().name()));
        }
    }
}
