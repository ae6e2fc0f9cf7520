package org.cnnexplorer.ui.graph.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cnnexplorer.ui.graph.layout.Layout.Box;
import org.cnnexplorer.ui.graph.layout.Layout.Frame;
import org.cnnexplorer.ui.graph.layout.Layout.Point;
import org.cnnexplorer.ui.graph.layout.Layout.Route;

/** Turns placed ranks into boxes, routes and frames, shifted so that everything starts at the margin. */
final class LayoutOutput {

    static final double MARGIN = 24;
    static final double FRAME_HEADER = 22;
    static final double FRAME_PAD = 10;
    static final double FRAME_NEST = 18;
    static final double LABEL_HALF_HEIGHT = 8;

    private final GraphModel model;
    private final LayeredGraph g;
    private final double[] x;
    private double dx;
    private double dy;

    private LayoutOutput(GraphModel model, LayeredGraph g, double[] x) {
        this.model = model;
        this.g = g;
        this.x = x;
    }

    static Layout of(GraphModel model, LayeredGraph g, double[] x) {
        return new LayoutOutput(model, g, x).build();
    }

    private Layout build() {
        Map<String, Box> boxes = new HashMap<>();
        for (int i = 0; i < model.nodes().size(); i++) {
            boxes.put(g.ids.get(i), new Box(g.ids.get(i), x[i] - GraphLayout.BOX_WIDTH / 2, top(i),
                    GraphLayout.BOX_WIDTH, GraphLayout.BOX_HEIGHT));
        }
        List<Frame> frames = model.frames().stream().map(f -> frame(f, boxes)).toList();
        dx = MARGIN - Math.min(min(boxes.values().stream().mapToDouble(Box::x).toArray()),
                min(frames.stream().mapToDouble(Frame::x).toArray()));
        dy = MARGIN - Math.min(0, min(frames.stream().mapToDouble(Frame::y).toArray()));
        Map<String, Box> shifted = new HashMap<>();
        boxes.forEach((id, b) -> shifted.put(id, new Box(id, b.x() + dx, b.y() + dy, b.width(), b.height())));
        List<Frame> movedFrames = frames.stream()
                .map(f -> new Frame(f.block(), f.x() + dx, f.y() + dy, f.width(), f.height())).toList();
        List<Route> routes = new ArrayList<>();
        for (int e = 0; e < model.edges().size(); e++) {
            routes.add(route(model.edges().get(e), g.chains.get(e), movedFrames));
        }
        routes = labelFanOutsOnce(routes);
        double width = shifted.values().stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0);
        width = Math.max(width, movedFrames.stream().mapToDouble(f -> f.x() + f.width()).max().orElse(0));
        double height = shifted.values().stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0);
        return new Layout(shifted, routes, movedFrames, width + MARGIN, height + MARGIN);
    }

    private double top(int node) {
        return g.rank.get(node) * (GraphLayout.BOX_HEIGHT + GraphLayout.RANK_GAP);
    }

    private Route route(GraphEdge edge, List<Integer> chain, List<Frame> frames) {
        List<Point> points = new ArrayList<>();
        int source = chain.get(0);
        points.add(point(x[source], top(source) + GraphLayout.BOX_HEIGHT));
        for (int i = 1; i + 1 < chain.size(); i++) {
            int lane = chain.get(i);
            points.add(point(x[lane], top(lane)));
            points.add(point(x[lane], top(lane) + GraphLayout.BOX_HEIGHT));
        }
        int target = chain.get(chain.size() - 1);
        points.add(point(x[target], top(target)));
        return new Route(edge, points, labelPoint(edge, points, frames));
    }

    /**
     * Half-way along the last step, or above the top of the frames the edge enters, so that the
     * shape label never covers a frame title.
     */
    private static Point labelPoint(GraphEdge edge, List<Point> points, List<Frame> frames) {
        Point a = points.get(points.size() - 2);
        Point b = points.get(points.size() - 1);
        double y = (a.y() + b.y()) / 2;
        for (Frame frame : frames) {
            List<String> inside = frame.block().nodeIds();
            if (inside.contains(edge.to()) && !inside.contains(edge.from()) && frame.y() > a.y()) {
                y = Math.min(y, Math.max(a.y() + LABEL_HALF_HEIGHT, frame.y() - LABEL_HALF_HEIGHT - 2));
            }
        }
        double t = b.y() == a.y() ? 0.5 : (y - a.y()) / (b.y() - a.y());
        return new Point(a.x() + t * (b.x() - a.x()), y);
    }

    /**
     * Where one box feeds several with the same tensor (the branches of an inception module), the
     * shape is written once, beside the box's lower right corner, instead of on every branch.
     */
    private static List<Route> labelFanOutsOnce(List<Route> routes) {
        Map<String, List<Route>> bySource = new HashMap<>();
        routes.forEach(r -> bySource.computeIfAbsent(r.edge().from(), k -> new ArrayList<>()).add(r));
        List<Route> result = new ArrayList<>();
        for (Route route : routes) {
            List<Route> siblings = bySource.get(route.edge().from());
            boolean shared = siblings.size() > 1
                    && siblings.stream().allMatch(r -> r.edge().label().equals(route.edge().label()));
            if (!shared) {
                result.add(route);
            } else if (siblings.get(0) == route) {
                // beside the box's lower right corner: below the box the fanning edges would cross it
                Point start = route.points().get(0);
                Point beside = new Point(start.x() + GraphLayout.BOX_WIDTH / 2, start.y() - LABEL_HALF_HEIGHT);
                result.add(new Route(route.edge(), route.points(), beside));
            } else {
                result.add(new Route(route.edge(), route.points(), null));
            }
        }
        return result;
    }

    private Point point(double px, double py) {
        return new Point(px + dx, py + dy);
    }

    private Frame frame(GraphModel.BlockFrame block, Map<String, Box> boxes) {
        List<Box> inside = block.nodeIds().stream().map(boxes::get).toList();
        double left = min(inside.stream().mapToDouble(Box::x).toArray());
        double topY = min(inside.stream().mapToDouble(Box::y).toArray());
        double right = inside.stream().mapToDouble(b -> b.x() + b.width()).max().orElse(left);
        double bottom = inside.stream().mapToDouble(b -> b.y() + b.height()).max().orElse(topY);
        double pad = FRAME_PAD + FRAME_NEST * nesting(block);
        return new Frame(block, left - pad, topY - pad - FRAME_HEADER, right - left + 2 * pad,
                bottom - topY + 2 * pad + FRAME_HEADER);
    }

    /** How many levels of expanded blocks lie inside this one. */
    private int nesting(GraphModel.BlockFrame outer) {
        return model.frames().stream()
                .filter(f -> f.depth() > outer.depth() && outer.nodeIds().containsAll(f.nodeIds()))
                .mapToInt(f -> f.depth() - outer.depth()).max().orElse(0);
    }

    private static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min == Double.POSITIVE_INFINITY ? 0 : min;
    }
}
