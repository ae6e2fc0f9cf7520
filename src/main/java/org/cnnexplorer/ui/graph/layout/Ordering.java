package org.cnnexplorer.ui.graph.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the nodes within each rank to reduce edge crossings: alternating barycentre sweeps
 * (each node moves to the mean position of its neighbours in the rank above, then below),
 * keeping the ordering with the fewest crossings seen.
 */
final class Ordering {

    private static final int SWEEPS = 8;

    private Ordering() {
    }

    static void apply(LayeredGraph g) {
        List<List<Integer>> best = copy(g.ranks);
        long fewest = crossings(g);
        for (int sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int i = 1; i < g.ranks.size(); i++) {
                int r = down ? i : g.ranks.size() - 1 - i;
                sortByBarycentre(g, g.ranks.get(r), down);
            }
            long count = crossings(g);
            if (count < fewest) {
                fewest = count;
                best = copy(g.ranks);
            }
        }
        g.ranks.clear();
        g.ranks.addAll(best);
    }

    private static void sortByBarycentre(LayeredGraph g, List<Integer> rank, boolean down) {
        double[] key = new double[g.size()];
        for (int i = 0; i < rank.size(); i++) {
            int node = rank.get(i);
            List<Integer> neighbours = down ? g.preds.get(node) : g.succs.get(node);
            key[node] = neighbours.isEmpty() ? i : neighbours.stream()
                    .mapToInt(n -> position(g, n)).average().orElse(i);
        }
        rank.sort(Comparator.comparingDouble(node -> key[node]));
    }

    private static int position(LayeredGraph g, int node) {
        return g.ranks.get(g.rank.get(node)).indexOf(node);
    }

    /** Pairs of edges between adjacent ranks whose ends are in opposite orders. */
    static long crossings(LayeredGraph g) {
        long total = 0;
        for (int r = 0; r + 1 < g.ranks.size(); r++) {
            List<int[]> edges = new ArrayList<>();
            for (int from : g.ranks.get(r)) {
                for (int to : g.succs.get(from)) {
                    edges.add(new int[] {position(g, from), position(g, to)});
                }
            }
            for (int a = 0; a < edges.size(); a++) {
                for (int b = a + 1; b < edges.size(); b++) {
                    long d = (long) (edges.get(a)[0] - edges.get(b)[0]) * (edges.get(a)[1] - edges.get(b)[1]);
                    total += d < 0 ? 1 : 0;
                }
            }
        }
        return total;
    }

    private static List<List<Integer>> copy(List<List<Integer>> ranks) {
        return ranks.stream().map(r -> (List<Integer>) new ArrayList<>(r)).toList();
    }
}
