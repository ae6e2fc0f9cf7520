package org.cnnexplorer.ui.compare;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A value of the comparison (exact in the tooltip) with its ratio to the first column; cheapest green, dearest red. */
final class CompareCell extends TableCell<CompareRow, CompareRow> {

    private final int column;

    CompareCell(int column) {
        this.column = column;
        getStyleClass().add("compare-cell");
    }

    @Override
    protected void updateItem(CompareRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("best", "worst");
        if (empty || row == null || column >= row.values().size()) {
            setText(null);
            setTooltip(null);
            return;
        }
        String ratio = row.ratioText(column);
        setText(row.shortTexts().get(column) + (ratio.isEmpty() ? "" : "\n" + ratio));
        if (column == row.best()) {
            getStyleClass().add("best");
        } else if (column == row.worst()) {
            getStyleClass().add("worst");
        }
        setTooltip(new Tooltip(row.metric().label() + ": " + row.texts().get(column)
                + (column == row.best() ? " (lowest)" : column == row.worst() ? " (highest)" : "")));
    }
}
