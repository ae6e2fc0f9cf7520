package org.cnnexplorer.ui.graph.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The working graph of the layout: the model's boxes plus dummy nodes that split every edge
 * spanning several ranks into one-rank steps, so that long edges (skip connections, short
 * branches) get their own lane. Ranks are longest-path: a box sits one rank below its deepest input.
 */
final class LayeredGraph {

    final List<String> ids = new ArrayList<>();
    final List<Boolean> real = new ArrayList<>();
    final List<Integer> rank = new ArrayList<>();
    final List<List<Integer>> preds = new ArrayList<>();
    final List<List<Integer>> succs = new ArrayList<>();
    /** Per model edge, the chain of node indices it passes: source, dummies..., target. */
    final List<List<Integer>> chains = new ArrayList<>();
    final List<List<Integer>> ranks = new ArrayList<>();

    LayeredGraph(GraphModel model) {
        Map<String, Integer> index = new HashMap<>();
        model.nodes().forEach(node -> index.put(node.id(), add(node.id(), true)));
        List<int[]> edges = model.edges().stream()
                .map(e -> new int[] {index.get(e.from()), index.get(e.to())}).toList();
        edges.forEach(e -> link(e[0], e[1]));
        assignRanks(model.nodes().size());
        edges.forEach(this::split);
        for (int i = 0; i < ids.size(); i++) {
            while (ranks.size() <= rank.get(i)) {
                ranks.add(new ArrayList<>());
            }
            ranks.get(rank.get(i)).add(i);
        }
    }

    private int add(String id, boolean isReal) {
        ids.add(id);
        real.add(isReal);
        rank.add(0);
        preds.add(new ArrayList<>());
        succs.add(new ArrayList<>());
        return ids.size() - 1;
    }

    private void link(int from, int to) {
        succs.get(from).add(to);
        preds.get(to).add(from);
    }

    private void unlink(int from, int to) {
        succs.get(from).remove(Integer.valueOf(to));
        preds.get(to).remove(Integer.valueOf(from));
    }

    /** Longest path from the sources; a cycle (never produced by the analyzer) is cut where found. */
    private void assignRanks(int count) {
        int[] state = new int[count];
        for (int i = 0; i < count; i++) {
            rankOf(i, state);
        }
    }

    private int rankOf(int node, int[] state) {
        if (state[node] == 2 || state[node] == 1) {
            return rank.get(node);
        }
        state[node] = 1;
        int r = 0;
        for (int p : preds.get(node)) {
            r = Math.max(r, state[p] == 1 ? 0 : rankOf(p, state) + 1);
        }
        rank.set(node, r);
        state[node] = 2;
        return r;
    }

    private void split(int[] edge) {
        List<Integer> chain = new ArrayList<>(List.of(edge[0]));
        int span = rank.get(edge[1]) - rank.get(edge[0]);
        if (span > 1) {
            unlink(edge[0], edge[1]);
            int previous = edge[0];
            for (int r = rank.get(edge[0]) + 1; r < rank.get(edge[1]); r++) {
                int dummy = add(ids.get(edge[0]) + ">" + ids.get(edge[1]) + "#" + r, false);
                rank.set(dummy, r);
                link(previous, dummy);
                chain.add(dummy);
                previous = dummy;
            }
            link(previous, edge[1]);
        }
        chain.add(edge[1]);
        chains.add(chain);
    }

    int size() {
        return ids.size();
    }
}
