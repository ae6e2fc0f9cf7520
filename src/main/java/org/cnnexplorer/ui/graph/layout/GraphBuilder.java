package org.cnnexplorer.ui.graph.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cnnexplorer.core.BlockSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;

/**
 * Groups an analysed network into boxes: each layer belongs to its outermost enclosing block that
 * is not expanded (then the block is one box), or is a box of its own. Edges join boxes whose
 * layers feed each other and carry the shape of the tensor that flows.
 */
public final class GraphBuilder {

    private final NetworkReport report;
    private final Set<String> expanded;
    private final BlockIndex blocks;
    private final Map<String, String> ownerOf = new LinkedHashMap<>();
    private final Map<String, List<LayerReport>> members = new LinkedHashMap<>();

    private GraphBuilder(NetworkReport report, Set<String> expanded) {
        this.report = report;
        this.expanded = expanded;
        this.blocks = BlockIndex.of(report.spec());
    }

    public static GraphModel build(NetworkReport report, Set<String> expanded) {
        return new GraphBuilder(report, expanded).build();
    }

    private GraphModel build() {
        for (LayerReport layer : report.layers()) {
            String owner = owner(layer);
            ownerOf.put(layer.name(), owner);
            members.computeIfAbsent(owner, k -> new ArrayList<>()).add(layer);
        }
        List<GraphNode> nodes = new ArrayList<>();
        members.forEach((id, layers) -> nodes.add(node(id, layers)));
        return new GraphModel(nodes, edges(), ownerOf, frames());
    }

    private String owner(LayerReport layer) {
        for (String block : blocks.pathOf(layer)) {
            if (!expanded.contains(block)) {
                return block;
            }
        }
        return layer.name();
    }

    private GraphNode node(String id, List<LayerReport> layers) {
        boolean collapsed = layers.size() > 1 || !layers.get(0).name().equals(id);
        var conventions = report.settings().conventions();
        return collapsed ? BoxText.block(id, blocks.get(id), layers, conventions)
                : BoxText.layer(layers.get(0), conventions);
    }

    private List<GraphEdge> edges() {
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        for (LayerReport layer : report.layers()) {
            String to = ownerOf.get(layer.name());
            for (String input : layer.inputs()) {
                String from = ownerOf.get(input);
                if (from != null && !from.equals(to)) {
                    edges.putIfAbsent(from + ">" + to, new GraphEdge(from, to, shapeOf(input)));
                }
            }
        }
        return List.copyOf(edges.values());
    }

    private String shapeOf(String layer) {
        return report.layer(layer).map(l -> l.isValid() ? l.output().toString() : "?").orElse("?");
    }

    private List<GraphModel.BlockFrame> frames() {
        Map<String, Set<String>> inside = new LinkedHashMap<>();
        Map<String, Integer> depth = new LinkedHashMap<>();
        for (LayerReport layer : report.layers()) {
            List<String> path = blocks.pathOf(layer);
            for (int i = 0; i < path.size() && expanded.contains(path.get(i)); i++) {
                inside.computeIfAbsent(path.get(i), k -> new LinkedHashSet<>()).add(ownerOf.get(layer.name()));
                depth.put(path.get(i), i);
            }
        }
        List<GraphModel.BlockFrame> frames = new ArrayList<>();
        inside.forEach((block, ids) -> frames.add(new GraphModel.BlockFrame(block, frameTitle(block),
                depth.get(block), List.copyOf(ids))));
        frames.sort((a, b) -> Integer.compare(a.depth(), b.depth()));
        return frames;
    }

    private String frameTitle(String block) {
        BlockSpec spec = blocks.get(block);
        return spec == null ? block : block + " (" + spec.type() + ")";
    }
}
