package org.cnnexplorer.ui.graph.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cnnexplorer.ui.graph.layout.Layout.Box;
import org.cnnexplorer.ui.graph.layout.Layout.Frame;
import org.cnnexplorer.ui.graph.layout.Layout.Point;
import org.cnnexplorer.ui.graph.layout.Layout.Route;

/**
 * A tall top-to-bottom layout cut between ranks into columns set side by side, as a newspaper
 * does, so that a deep network uses the width of the window. An edge that crosses a cut leaves the
 * bottom of its column, runs up the gap beside it and enters the next column from the top; a
 * frame cut in two is drawn in both columns. Pure geometry over a {@link Layout}.
 */
public final class WrapLayout {

    static final double COLUMN_GAP = 60;
    /** How far below (above) a column its crossing edges run, and how far apart parallel ones run. */
    static final double EXIT = 14;
    static final double STEP = 7;
    static final int MAX_COLUMNS = 12;

    private final Layout base;
    private final double[] cuts;
    private final double[] dx;
    private final double[] dy;
    private final double[] bottom;
    private final double[] top;

    private WrapLayout(Layout base, double[] cuts) {
        this.base = base;
        this.cuts = cuts;
        int n = cuts.length + 1;
        dx = new double[n];
        dy = new double[n];
        bottom = new double[n];
        top = new double[n];
    }

    /** The layout in {@code columns} columns of about equal height (fewer when it has fewer ranks). */
    public static Layout wrap(Layout base, int columns) {
        double[] cuts = cuts(base, columns);
        return cuts.length == 0 ? base : new WrapLayout(base, cuts).build();
    }

    /**
     * The number of columns at which the whole graph shows largest in a viewport (the zoom never
     * going past {@code maxScale}); the fewest columns among equals.
     */
    public static int bestColumns(Layout base, double viewWidth, double viewHeight, double maxScale) {
        int best = 1;
        double bestScale = 0;
        for (int k = 1; k <= MAX_COLUMNS; k++) {
            Layout wrapped = wrap(base, k);
            double scale = Math.min(maxScale, Math.min(viewWidth / wrapped.width(), viewHeight / wrapped.height()));
            if (scale > bestScale * 1.02) {
                best = k;
                bestScale = scale;
            }
        }
        return best;
    }

    /** Where to cut: in the gaps between rows of boxes nearest to equal shares of the height. */
    private static double[] cuts(Layout base, int columns) {
        TreeSet<Double> tops = new TreeSet<>();
        base.boxes().values().forEach(b -> tops.add(b.y()));
        List<Double> rows = new ArrayList<>(tops);
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            gaps.add(rows.get(i) - GraphLayout.RANK_GAP / 2);
        }
        int k = Math.max(1, Math.min(columns, rows.size()));
        List<Double> cuts = new ArrayList<>();
        double first = rows.isEmpty() ? 0 : rows.get(0);
        double span = rows.isEmpty() ? 0 : rows.get(rows.size() - 1) + GraphLayout.BOX_HEIGHT - first;
        Map<Double, Integer> crossing = new HashMap<>();
        gaps.forEach(g -> crossing.put(g, crossings(base, g)));
        for (int c = 1; c < k; c++) {
            double target = first + span * c / k;
            double band = span / k;
            double best = gaps.stream().filter(g -> cuts.isEmpty() || g > cuts.get(cuts.size() - 1))
                    .min((a, b) -> Double.compare(cost(a, target, band, crossing.get(a)),
                            cost(b, target, band, crossing.get(b)))).orElse(Double.NaN);
            if (!Double.isNaN(best)) {
                cuts.add(best);
            }
        }
        return cuts.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * How bad a cut is: its distance from the ideal place (in column heights), plus 0.6
     * for every edge beyond one that it cuts, so columns break where the graph is a single chain
     * (between modules) rather than through the branches of an open inception module.
     */
    private static double cost(double gap, double target, double band, int crossings) {
        return Math.abs(gap - target) / Math.max(1, band) + 0.6 * Math.max(0, crossings - 1);
    }

    private static int crossings(Layout base, double y) {
        int count = 0;
        for (Route route : base.routes()) {
            List<Point> p = route.points();
            for (int i = 1; i < p.size(); i++) {
                if (p.get(i - 1).y() < y && p.get(i).y() > y) {
                    count++;
                }
            }
        }
        return count;
    }

    private int band(double y) {
        int c = 0;
        while (c < cuts.length && y > cuts[c]) {
            c++;
        }
        return c;
    }

    private Layout build() {
        List<Frame> parts = frameParts();
        measureBands(parts);
        Map<String, Box> boxes = new HashMap<>();
        base.boxes().forEach((id, b) -> {
            int c = band(b.y());
            boxes.put(id, new Box(id, b.x() + dx[c], b.y() + dy[c], b.width(), b.height()));
        });
        List<Frame> frames = parts.stream().map(f -> {
            int c = band(f.y() + f.height() / 2);
            return new Frame(f.block(), f.x() + dx[c], f.y() + dy[c], f.width(), f.height());
        }).toList();
        List<Route> routes = new ArrayList<>();
        int[] crossings = new int[cuts.length];
        for (Route route : base.routes()) {
            routes.add(route(route, crossings));
        }
        double height = 0;
        for (int c = 0; c <= cuts.length; c++) {
            height = Math.max(height, bottom[c] + dy[c]);
        }
        double width = dx[cuts.length] + base.width();
        return new Layout(boxes, routes, frames, width, height + LayoutOutput.MARGIN + EXIT * 2);
    }

    /** A frame whose boxes lie in several columns becomes one frame per column, each around its own boxes. */
    private List<Frame> frameParts() {
        List<Frame> parts = new ArrayList<>();
        for (Frame f : base.frames()) {
            List<Box> inside = f.block().nodeIds().stream().map(base.boxes()::get).toList();
            int first = band(inside.stream().mapToDouble(Box::y).min().orElse(f.y()));
            int last = band(inside.stream().mapToDouble(Box::y).max().orElse(f.y()));
            if (first == last) {
                parts.add(f);
                continue;
            }
            double pad = inside.stream().mapToDouble(Box::x).min().orElse(f.x()) - f.x();
            for (int c = first; c <= last; c++) {
                int band = c;
                List<Box> here = inside.stream().filter(b -> band(b.y()) == band).toList();
                double partTop = c == first ? f.y()
                        : here.stream().mapToDouble(Box::y).min().orElse(0) - pad - LayoutOutput.FRAME_HEADER;
                double partBottom = c == last ? f.y() + f.height()
                        : here.stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0) + pad;
                parts.add(new Frame(f.block(), f.x(), partTop, f.width(), partBottom - partTop));
            }
        }
        return parts;
    }

    /** Each column's extent in the base layout, and the shift that puts it beside the one before. */
    private void measureBands(List<Frame> parts) {
        java.util.Arrays.fill(top, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(bottom, Double.NEGATIVE_INFINITY);
        base.boxes().values().forEach(b -> extend(band(b.y()), b.y(), b.y() + b.height()));
        parts.forEach(f -> extend(band(f.y() + f.height() / 2), f.y(), f.y() + f.height()));
        for (int c = 0; c <= cuts.length; c++) {
            dx[c] = c * (base.width() + COLUMN_GAP);
            dy[c] = c == 0 ? 0 : LayoutOutput.MARGIN + EXIT * 2 - top[c];
        }
    }

    private void extend(int c, double from, double to) {
        top[c] = Math.min(top[c], from);
        bottom[c] = Math.max(bottom[c], to);
    }

    private Route route(Route route, int[] crossings) {
        List<Point> in = route.points();
        List<Point> out = new ArrayList<>();
        out.add(move(in.get(0)));
        boolean crossedLast = false;
        for (int i = 1; i < in.size(); i++) {
            int from = band(in.get(i - 1).y());
            int to = band(in.get(i).y());
            if (from != to) {
                detour(out, in.get(i - 1), in.get(i), from, crossings[Math.min(from, cuts.length - 1)]++);
                crossedLast = i == in.size() - 1;
            }
            out.add(move(in.get(i)));
        }
        Point label = route.labelAt();
        if (label != null) {
            if (crossedLast) {
                Point entry = out.get(out.size() - 2);
                label = new Point(entry.x(), entry.y() - LayoutOutput.LABEL_HALF_HEIGHT - 2);
            } else {
                int c = band(label.y()) == band(in.get(0).y()) ? band(in.get(0).y()) : band(in.get(in.size() - 1).y());
                label = new Point(label.x() + dx[c], label.y() + dy[c]);
            }
        }
        return new Route(route.edge(), out, label);
    }

    /** Down out of column {@code c}, up the gap to its right, and across the top of the next column. */
    private void detour(List<Point> out, Point a, Point b, int c, int lane) {
        double exitY = bottom[c] + dy[c] + EXIT + lane * STEP;
        double gapX = dx[c] + base.width() + COLUMN_GAP / 2 - LayoutOutput.MARGIN / 2 + lane * STEP;
        double entryY = top[c + 1] + dy[c + 1] - EXIT - lane * STEP;
        double ax = a.x() + dx[c];
        double bx = b.x() + dx[c + 1];
        out.add(new Point(ax, exitY));
        out.add(new Point(gapX, exitY));
        out.add(new Point(gapX, entryY));
        out.add(new Point(bx, entryY));
    }

    private Point move(Point p) {
        int c = band(p.y());
        return new Point(p.x() + dx[c], p.y() + dy[c]);
    }
}
