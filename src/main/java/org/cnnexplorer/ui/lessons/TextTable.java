package org.cnnexplorer.ui.lessons;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import org.cnnexplorer.ui.common.ColumnFit;
import org.cnnexplorer.ui.common.FittedTableView;

/** A read-only table of texts whose columns fit their content (also in lecture mode). */
final class TextTable<S> extends FittedTableView<S> {

    /** A column: its header and the text of a row. */
    record Column<S>(String title, Function<S, String> text) {
    }

    private final List<Column<S>> columns;

    TextTable(List<Column<S>> columns, List<S> rows) {
        this.columns = List.copyOf(columns);
        for (Column<S> c : columns) {
            TableColumn<S, String> column = new TableColumn<>(c.title());
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(c.text().apply(cell.getValue())));
            column.setSortable(false);
            getColumns().add(column);
        }
        getItems().setAll(rows);
        getStyleClass().add("lesson-table");
        setFixedCellSize(-1);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void fitColumns(ColumnFit fit, ColumnFit.Fonts fonts) {
        for (int i = 0; i < columns.size(); i++) {
            fit.fit((TableColumn<S, String>) getColumns().get(i), getItems(), columns.get(i).text(), fonts);
        }
    }
}
