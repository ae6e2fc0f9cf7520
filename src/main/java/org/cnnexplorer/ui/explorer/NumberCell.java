package org.cnnexplorer.ui.explorer;

import java.util.function.Function;
import javafx.scene.control.TableCell;

/** A right-aligned table cell showing a number through a formatter. */
final class NumberCell<S, T extends Number> extends TableCell<S, T> {

    private final Function<T, String> format;

    NumberCell(Function<T, String> format) {
        this.format = format;
        getStyleClass().add("number-cell");
    }

    @Override
    protected void updateItem(T value, boolean empty) {
        super.updateItem(value, empty);
        setText(empty || value == null ? null : format.apply(value));
    }
}
