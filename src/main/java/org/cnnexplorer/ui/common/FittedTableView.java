package org.cnnexplorer.ui.common;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;

/**
 * A table whose columns are sized to their content ({@link ColumnFit}) whenever its rows change
 * ({@link #refit()}) or its fonts do (lecture mode); wider than the view, it scrolls sideways
 * rather than cutting texts.
 */
public abstract class FittedTableView<S> extends TableView<S> {

    private final ColumnFit fit = new ColumnFit();
    private ColumnFit.Fonts fitted;
    private boolean dirty = true;
    private Labeled watchedCell;

    protected FittedTableView() {
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    /** Sizes every column again at the next layout (call when rows or columns change). */
    public final void refit() {
        dirty = true;
        requestLayout();
    }

    /** Sets each column's width with {@code fit}, measuring in {@code fonts}. */
    protected abstract void fitColumns(ColumnFit fit, ColumnFit.Fonts fonts);

    /** A cell's font changes with lecture mode; the columns are measured again then. */
    private void watchFont() {
        if (lookup(".table-cell") instanceof Labeled cell && cell != watchedCell) {
            watchedCell = cell;
            cell.fontProperty().addListener((obs, old, now) -> refit());
        }
    }

    @Override
    protected void layoutChildren() {
        watchFont();
        ColumnFit.Fonts fonts = ColumnFit.fonts(this);
        if (fonts != null && (dirty || !fonts.equals(fitted))) {
            fitted = fonts;
            dirty = false;
            fitColumns(fit, fonts);
            }
        super.layoutChildren();
    }
}
