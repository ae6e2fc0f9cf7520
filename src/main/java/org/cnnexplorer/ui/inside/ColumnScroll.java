package org.cnnexplorer.ui.inside;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A column of the Inside tab that scrolls up and down only: its content fills it when there is room
 * and keeps at least its minimum height (then the column scrolls); the column is never narrower than
 * its content's minimum width and room for a scroll bar, so that nothing in it is cut at the side.
 */
final class ColumnScroll extends ScrollPane {

    /** Room for the vertical scroll bar beside the content. */
    private static final double SCROLL_BAR = 16;

    ColumnScroll(Node content) {
        super(content);
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
    }

    @Override
    protected double computeMinWidth(double height) {
        Node content = getContent();
        return (content == null ? 0 : content.minWidth(-1)) + SCROLL_BAR + snappedLeftInset() + snappedRightInset();
    }
}
