package org.cnnexplorer.ui.compare;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.cnnexplorer.i18n.Messages;

/** A value of the comparison (exact in the tooltip) with its ratio to the first column; cheapest green, dearest red. */
final class CompareCell extends TableCell<CompareRow, CompareRow> {

    private final int column;

    CompareCell(int column) {
        this.column = column;
        getStyleClass().add("compare-cell");
    }

    /** The short value and, below it, the ratio to the first column. */
    static String text(CompareRow row, int column) {
        if (column >= row.values().size()) {
            return "";
        }
        String ratio = row.ratioText(column);
        return row.shortTexts().get(column) + (ratio.isEmpty() ? "" : "\n" + ratio);
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
        setText(text(row, column));
        if (column == row.best()) {
            getStyleClass().add("best");
        } else if (column == row.worst()) {
            getStyleClass().add("worst");
        }
        setTooltip(new Tooltip(row.metric().label() + ": " + row.texts().get(column)
                + (column == row.best() ? Messages.text("compare.lowest")
                : column == row.worst() ? Messages.text("compare.highest") : "")));
    }
}
