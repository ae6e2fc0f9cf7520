package org.cnnexplorer.inside;

import java.util.ArrayList;
import java.util.List;

/**
 * One stroke of a drawing, as the pointer went (mouse or touch drag), in the canvas' pixel
 * coordinates; a single point is a dot.
 */
public record Stroke(List<Stroke.Point> points) {

    /** A pointer position: {@code x} to the right, {@code y} down. */
    public record Point(double x, double y) {
    }

    public Stroke {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a stroke has at least one point");
        }
    }

    /** The same stroke continued to {@code (x, y)}. */
    public Stroke to(double x, double y) {
        List<Point> more = new ArrayList<>(points);
        more.add(new Point(x, y));
        return new Stroke(more);
    }

    /** A stroke starting at {@code (x, y)}. */
    public static Stroke at(double x, double y) {
        return new Stroke(List.of(new Point(x, y)));
    }

    /**
     * The strokes on a black {@code size x size} raster as white lines of radius {@code radius} with
     * round ends: each pixel's level is {@code clamp(radius + 0.5 - d, 0, 1)} for its centre's distance
     * {@code d} to the nearest stroke, so the edges are anti-aliased over one pixel.
     */
    public static float[] raster(List<Stroke> strokes, int size, double radius) {
        float[] raster = new float[size * size];
        for (Stroke stroke : strokes) {
            List<Point> p = stroke.points();
            for (int i = 0; i < p.size(); i++) {
                paint(raster, size, radius, p.get(Math.max(0, i - 1)), p.get(i));
            }
        }
        return raster;
    }

    private static void paint(float[] raster, int size, double radius, Point a, Point b) {
        int left = Math.max(0, (int) Math.floor(Math.min(a.x(), b.x()) - radius - 1));
        int right = Math.min(size - 1, (int) Math.ceil(Math.max(a.x(), b.x()) + radius + 1));
        int top = Math.max(0, (int) Math.floor(Math.min(a.y(), b.y()) - radius - 1));
        int bottom = Math.min(size - 1, (int) Math.ceil(Math.max(a.y(), b.y()) + radius + 1));
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                double level = Math.min(1, Math.max(0, radius + 0.5 - distance(x + 0.5, y + 0.5, a, b)));
                raster[y * size + x] = (float) Math.max(raster[y * size + x], level);
            }
        }
    }

    /** The distance from {@code (x, y)} to the segment {@code a b}. */
    private static double distance(double x, double y, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / length));
        return Math.hypot(x - a.x() - t * dx, y - a.y() - t * dy);
    }
}
