package org.cnnexplorer.ui.common;

import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Minimum heights of charts stacked in a scroll pane that scrolls up and down: each keeps at least
 * {@code ems} font sizes (so its bars stay readable under long rotated names), but never more than the
 * viewport, so that scrolling always brings one chart into view whole, the names under its bars
 * included: {@code min height = min(ems * font size, viewport height)}.
 */
public final class ViewportHeights {

    private ViewportHeights() {
    }

    /**
     * Keeps the minimum height of {@code regions} as the class comment says, following the viewport of
     * {@code scroll} and the font of {@code fontSource} (larger in lecture mode). The regions' minimum
     * height must not come from the stylesheet, which would override it.
     */
    public static void follow(ScrollPane scroll, Labeled fontSource, double ems, Region... regions) {
        Runnable fit = () -> {
            double viewport = scroll.getViewportBounds().getHeight();
            double least = ems * fontSource.getFont().getSize();
            double height = Math.floor(viewport > 0 ? Math.min(least, viewport) : least);
            for (Region region : regions) {
                region.setMinHeight(height);
            }
        };
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> fit.run());
        fontSource.fontProperty().addListener((obs, old, now) -> fit.run());
        fit.run();
    }
}
