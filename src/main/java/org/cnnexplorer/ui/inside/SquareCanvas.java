package org.cnnexplorer.ui.inside;

import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A square canvas that takes the width its column gives it: at most its natural side, at least its
 * minimum, and its height follows its width. The side is a whole multiple of the grain (the pixels
 * of the image drawn on it, when the column is wide enough for that), so that a nearest-neighbour
 * drawing gives every image pixel the same number of screen pixels:
 * side = max(minimum, grain * floor(min(width, natural, limit) / grain)), where the limit (none at first) lets
 * the owner keep what lies under the square in view in a low column.
 * The owner draws into {@link #graphics()} on a {@link #side()} x {@link #side()} square and is asked
 * to draw again whenever the side changes.
 */
final class SquareCanvas extends Region {

    private final Canvas canvas;
    private final double natural;
    private final double minimum;
    private int grain = 1;
    private double limit = Double.MAX_VALUE;
    private Runnable redraw = () -> { };

    SquareCanvas(double natural, double minimum) {
        this.natural = natural;
        this.minimum = minimum;
        this.canvas = new Canvas(natural, natural);
        getChildren().add(canvas);
    }

    /** The canvas itself, for mouse handlers and lookups. */
    Canvas canvas() {
        return canvas;
    }

    GraphicsContext graphics() {
        return canvas.getGraphicsContext2D();
    }

    /** The side the owner draws on now, in pixels. */
    double side() {
        return canvas.getWidth();
    }

    /** What to do when the side changed: draw the image again. */
    void setOnResize(Runnable redraw) {
        this.redraw = redraw;
    }

    /** The image's pixels across, so that the side becomes a whole multiple of them; lays out again. */
    void setGrain(int pixels) {
        if (pixels != grain && pixels > 0) {
            grain = pixels;
            requestLayout();
        }
    }

    /** The largest side wanted, whatever the width; {@code Double.MAX_VALUE} for none. Lays out again. */
    void setLimit(double side) {
        if (side != limit) {
            limit = side;
            requestLayout();
        }
    }

    /** The side for a width: see the class comment. */
    static double side(double width, double natural, double minimum, int grain) {
        double room = Math.min(width, natural);
        double snapped = room >= grain ? grain * Math.floor(room / grain) : Math.floor(room);
        return Math.max(minimum, snapped);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return minimum + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return natural + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? natural : width - snappedLeftInset() - snappedRightInset();
        return side(inner, Math.min(natural, limit), minimum, grain) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double side = side(getWidth() - snappedLeftInset() - snappedRightInset(), Math.min(natural, limit), minimum,
                grain);
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (side != canvas.getWidth()) {
            canvas.setWidth(side);
            canvas.setHeight(side);
            redraw.run();
        }
    }
}
