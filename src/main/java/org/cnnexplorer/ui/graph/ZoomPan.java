package org.cnnexplorer.ui.graph;

import javafx.scene.Group;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.cnnexplorer.ui.graph.layout.Layout;

/**
 * Zoom (mouse wheel, around the pointer) and pan (drag) of the graph by changing one translate
 * and one scale on the drawn group: screen = translate + scale * graph. Nothing is rebuilt.
 */
final class ZoomPan {

    static final double MIN_SCALE = 0.05;
    static final double MAX_SCALE = 4;
    /** Below this zoom box texts are hard to read, so a first view of a tall graph shows its top instead. */
    static final double READABLE = 0.6;
    /** The zoom of a first view of a tall graph: small enough to show a whole block, large enough to read. */
    static final double OVERVIEW = 0.8;

    private final Region viewport;
    private final Translate translate = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private double dragX;
    private double dragY;
    private Layout pendingOverview;
    private double baseScale = 1;

    ZoomPan(Region viewport, Group world) {
        this.viewport = viewport;
        world.getTransforms().setAll(translate, scale);
        viewport.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        viewport.widthProperty().addListener((obs, old, now) -> resized(now.doubleValue() - old.doubleValue(), 0));
        viewport.heightProperty().addListener((obs, old, now) -> resized(0, now.doubleValue() - old.doubleValue()));
    }

    /** One notch of the mouse wheel zooms by this factor, the same as the + button. */
    static final double WHEEL_STEP = 1.25;
    /** The scroll distance of one wheel notch in JavaFX (40 pixels on Linux, Windows and macOS mice). */
    static final double NOTCH = 40;

    private void onScroll(ScrollEvent event) {
        zoomAt(wheelFactor(event.getDeltaY()), event.getX(), event.getY());
        event.consume();
    }

    /** The zoom factor for a wheel movement: 1.25 per notch, proportionally for touchpads' small steps. */
    static double wheelFactor(double deltaY) {
        return Math.pow(WHEEL_STEP, deltaY / NOTCH);
    }

    private void onPressed(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY || event.getButton() == MouseButton.MIDDLE) {
            dragX = event.getX() - translate.getX();
            dragY = event.getY() - translate.getY();
            viewport.requestFocus();
        }
    }

    private void onDragged(MouseEvent event) {
        translate.setX(event.getX() - dragX);
        translate.setY(event.getY() - dragY);
    }

    void zoomAt(double factor, double x, double y) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale() * factor));
        double applied = next / scale();
        translate.setX(x - (x - translate.getX()) * applied);
        translate.setY(y - (y - translate.getY()) * applied);
        scale.setX(next);
        scale.setY(next);
    }

    void zoomAtCentre(double factor) {
        zoomAt(factor, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    void setScale(double value) {
        zoomAtCentre(value / scale());
    }

    double scale() {
        return scale.getX();
    }

    /** The zoom, observable (the view hides small print when zoomed far out). */
    javafx.beans.property.DoubleProperty scaleProperty() {
        return scale.xProperty();
    }

    /** The zoom at which boxes are drawn at their natural size: 1, or more in lecture mode. */
    double baseScale() {
        return baseScale;
    }

    void setBaseScale(double value) {
        baseScale = value;
    }

    /** Shows the whole layout, centred. */
    void fit(Layout layout) {
        double s = Math.min(viewport.getWidth() / layout.width(), viewport.getHeight() / layout.height());
        place(layout, Math.max(MIN_SCALE, Math.min(baseScale, s)), false);
    }

    /** A first view: the whole graph if it is readable so, else its top at a readable zoom. */
    void overview(Layout layout) {
        if (viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            pendingOverview = layout;
            return;
        }
        pendingOverview = null;
        double whole = Math.min(viewport.getWidth() / layout.width(), viewport.getHeight() / layout.height());
        double readable = READABLE * baseScale;
        if (whole >= readable) {
            place(layout, Math.min(baseScale, whole), false);
        } else {
            place(layout, Math.max(readable, Math.min(OVERVIEW * baseScale, viewport.getWidth() / layout.width())),
                    true);
        }
    }

    /** Keeps the centre of the view where it was when the viewport grows or shrinks (side panels, fonts). */
    private void resized(double dw, double dh) {
        if (pendingOverview != null) {
            overview(pendingOverview);
        } else {
            translate.setX(translate.getX() + dw / 2);
            translate.setY(translate.getY() + dh / 2);
        }
    }

    private void place(Layout layout, double s, boolean top) {
        scale.setX(s);
        scale.setY(s);
        translate.setX(Math.max(0, (viewport.getWidth() - layout.width() * s) / 2));
        translate.setY(top ? 0 : Math.max(0, (viewport.getHeight() - layout.height() * s) / 2));
    }

    /** Where a graph y lands on screen now. */
    double toScreenY(double graphY) {
        return translate.getY() + graphY * scale();
    }

    /**
     * Pans so that the item's top is at {@code screenY} (kept on screen) and the graph is centred
     * when it fits the width, else the item is.
     */
    void anchor(Layout.Box item, Layout layout, double screenY) {
        double s = scale();
        double width = viewport.getWidth();
        if (layout.width() * s <= width) {
            translate.setX((width - layout.width() * s) / 2);
        } else {
            translate.setX(width / 2 - (item.x() + item.width() / 2) * s);
        }
        double y = Math.max(0, Math.min(screenY, viewport.getHeight() - Math.min(item.height(), 200) * s));
        translate.setY(y - item.y() * s);
    }

    /** Pans so that the box is in view, if it is not. */
    void reveal(Layout.Box box) {
        double left = translate.getX() + box.x() * scale();
        double topY = translate.getY() + box.y() * scale();
        double right = left + box.width() * scale();
        double bottom = topY + box.height() * scale();
        if (left < 0 || topY < 0 || right > viewport.getWidth() || bottom > viewport.getHeight()) {
            translate.setX(viewport.getWidth() / 2 - (box.x() + box.width() / 2) * scale());
            translate.setY(viewport.getHeight() / 2 - (box.y() + box.height() / 2) * scale());
        }
    }
}
