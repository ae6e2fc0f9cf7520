package org.cnnexplorer.ui.graph;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import org.cnnexplorer.ui.graph.layout.Layout;
import org.cnnexplorer.ui.graph.layout.Layout.Point;

/**
 * Draws an edge route: smooth S-curves between ranks, straight vertical runs through the lanes
 * of the ranks it skips, an arrowhead at the target, and the shape label beside the last step.
 */
final class EdgeShapes {

    private static final double ARROW = 6;

    private EdgeShapes() {
    }

    static Path path(Layout.Route route) {
        List<Point> points = route.points();
        Path path = new Path(new MoveTo(points.get(0).x(), points.get(0).y()));
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (i % 2 == 1) {
                double mid = (a.y() + b.y()) / 2;
                double endY = i == points.size() - 1 ? b.y() - ARROW : b.y();
                path.getElements().add(new CubicCurveTo(a.x(), mid, b.x(), mid, b.x(), endY));
            } else {
                path.getElements().add(new LineTo(b.x(), b.y()));
            }
        }
        path.getStyleClass().add("graph-edge");
        return path;
    }

    static Polygon arrow(Layout.Route route) {
        Point end = route.points().get(route.points().size() - 1);
        Polygon arrow = new Polygon(end.x() - ARROW / 1.4, end.y() - ARROW, end.x() + ARROW / 1.4,
                end.y() - ARROW, end.x(), end.y());
        arrow.getStyleClass().add("graph-arrow");
        return arrow;
    }

    /** The shape label, or null when the route has none. */
    static Label label(Layout.Route route) {
        if (route.labelAt() == null) {
            return null;
        }
        Label label = new Label(route.edge().label());
        label.getStyleClass().add("edge-label");
        label.setLayoutX(route.labelAt().x() + 6);
        label.setLayoutY(route.labelAt().y() - 9);
        return label;
    }

    static Node[] all(Layout.Route route) {
        return new Node[] {path(route), arrow(route)};
    }
}
