package org.cnnexplorer.ui.graph.layout;

import java.util.List;
import java.util.Map;

/**
 * Where everything of a {@link GraphModel} goes, in graph units (1 = one pixel at zoom 1):
 * boxes by id, edge routes as polylines from the bottom of the source to the top of the target,
 * frames around expanded blocks, and the overall size.
 */
public record Layout(Map<String, Box> boxes, List<Route> routes, List<Frame> frames, double width, double height) {

    public Layout {
        boxes = Map.copyOf(boxes);
        routes = List.copyOf(routes);
        frames = List.copyOf(frames);
    }

    /** A box's top-left corner and size. */
    public record Box(String id, double x, double y, double width, double height) {
        public double centerX() {
            return x + width / 2;
        }
    }

    /** A point of an edge route. */
    public record Point(double x, double y) {
    }

    /**
     * An edge's polyline (vertical runs through the ranks it skips) and where its label goes;
     * {@code labelAt} is null when another edge from the same box already shows the same shape.
     */
    public record Route(GraphEdge edge, List<Point> points, Point labelAt) {
        public Route {
            points = List.copyOf(points);
        }
    }

    /** The rectangle of an expanded block, title inside along its top edge. */
    public record Frame(GraphModel.BlockFrame block, double x, double y, double width, double height) {
    }
}
