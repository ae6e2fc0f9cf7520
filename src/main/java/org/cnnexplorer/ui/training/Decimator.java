package org.cnnexplorer.ui.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Thins a long curve for plotting: the points are cut into buckets and each bucket keeps its
 * lowest and highest point (in x order), so spikes survive; first and last points are always kept.
 */
public final class Decimator {

    private Decimator() {
    }

    public static List<CurvePoint> decimate(List<CurvePoint> points, int maxPoints) {
        if (points.size() <= maxPoints || maxPoints < 4) {
            return List.copyOf(points);
        }
        int buckets = (maxPoints - 2) / 2;
        List<CurvePoint> out = new ArrayList<>(maxPoints);
        out.add(points.get(0));
        int inner = points.size() - 2;
        for (int b = 0; b < buckets; b++) {
            int from = 1 + (int) ((long) b * inner / buckets);
            int to = 1 + (int) ((long) (b + 1) * inner / buckets);
            addExtremes(points, from, to, out);
        }
        out.add(points.get(points.size() - 1));
        return out;
    }

    private static void addExtremes(List<CurvePoint> points, int from, int to, List<CurvePoint> out) {
        if (from >= to) {
            return;
        }
        int low = from;
        int high = from;
        for (int i = from; i < to; i++) {
            if (points.get(i).y() < points.get(low).y()) {
                low = i;
            }
            if (points.get(i).y() > points.get(high).y()) {
                high = i;
            }
        }
        out.add(points.get(Math.min(low, high)));
        if (low != high) {
            out.add(points.get(Math.max(low, high)));
        }
    }
}
