package org.cnnexplorer.ui.graph.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A layered top-to-bottom layout of a {@link GraphModel}: longest-path ranks, dummy nodes for
 * long edges ({@link LayeredGraph}), barycentre ordering ({@link Ordering}), then horizontal
 * placement in alternating passes where each box moves under (or over) its neighbours, preferring
 * real boxes to long-edge lanes so that main chains stay straight and skip connections run beside
 * them. Runs once per analysis; zoom and pan never lay out again.
 */
public final class GraphLayout {

    public static final double BOX_WIDTH = 210;
    /** Room for the name, two lines of settings (a block's branches), the output and the numbers. */
    public static final double BOX_HEIGHT = 84;
    static final double RANK_GAP = 54;
    static final double BOX_GAP = 34;
    static final double LANE_WIDTH = 12;

    private GraphLayout() {
    }

    public static Layout layout(GraphModel model) {
        LayeredGraph g = new LayeredGraph(model);
        Ordering.apply(g);
        double[] x = initialX(g);
        for (int pass = 0; pass < 4; pass++) {
            boolean down = pass % 2 == 0;
            for (int i = 0; i < g.ranks.size(); i++) {
                placeRank(g, g.ranks.get(down ? i : g.ranks.size() - 1 - i), x, down);
            }
        }
        placeRanks(g, x, true);
        return LayoutOutput.of(model, g, x);
    }

    private static void placeRanks(LayeredGraph g, double[] x, boolean down) {
        for (int i = 1; i < g.ranks.size(); i++) {
            placeRank(g, g.ranks.get(i), x, down);
        }
    }

    private static double[] initialX(LayeredGraph g) {
        double[] x = new double[g.size()];
        for (List<Integer> rank : g.ranks) {
            double right = 0;
            for (int node : rank) {
                x[node] = right + width(g, node) / 2;
                right += width(g, node) + BOX_GAP;
            }
        }
        return x;
    }

    private static void placeRank(LayeredGraph g, List<Integer> rank, double[] x, boolean down) {
        int n = rank.size();
        double[] desired = new double[n];
        double[] weight = new double[n];
        double[] gap = new double[Math.max(0, n - 1)];
        for (int i = 0; i < n; i++) {
            int node = rank.get(i);
            List<Integer> neighbours = preferReal(g, down ? g.preds.get(node) : g.succs.get(node));
            desired[i] = neighbours.isEmpty() ? x[node] : neighbours.stream().mapToDouble(k -> x[k]).average()
                    .orElse(x[node]);
            weight[i] = neighbours.isEmpty() ? 1e-3 : g.real.get(node) ? 1 : 0.5;
            if (i > 0) {
                gap[i - 1] = (width(g, rank.get(i - 1)) + width(g, node)) / 2 + spacing(g, rank.get(i - 1), node);
            }
        }
        double[] placed = Placement.place(desired, weight, gap);
        for (int i = 0; i < n; i++) {
            x[rank.get(i)] = placed[i];
        }
    }

    private static List<Integer> preferReal(LayeredGraph g, List<Integer> neighbours) {
        List<Integer> real = new ArrayList<>(neighbours.stream().filter(g.real::get).toList());
        return real.isEmpty() ? neighbours : real;
    }

    static double width(LayeredGraph g, int node) {
        return g.real.get(node) ? BOX_WIDTH : LANE_WIDTH;
    }

    private static double spacing(LayeredGraph g, int left, int right) {
        return g.real.get(left) && g.real.get(right) ? BOX_GAP : BOX_GAP / 2;
    }
}
