package org.cnnexplorer.ui.graph.layout;

import java.util.List;
import java.util.Map;

/**
 * The boxes and edges to draw for one analysis and one set of expanded blocks, in topological
 * order. {@code ownerOf} maps every layer name to the id of the box that shows it;
 * {@code frames} lists the expanded blocks with the boxes inside them, outermost first.
 */
public record GraphModel(List<GraphNode> nodes, List<GraphEdge> edges, Map<String, String> ownerOf,
                         List<BlockFrame> frames) {

    /** An expanded block drawn as a frame around its boxes; {@code depth} 0 is top level. */
    public record BlockFrame(String block, String title, int depth, List<String> nodeIds) {
        public BlockFrame {
            nodeIds = List.copyOf(nodeIds);
        }
    }

    public GraphModel {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        ownerOf = Map.copyOf(ownerOf);
        frames = List.copyOf(frames);
    }

    /** The box showing that layer or block, or null. */
    public String boxOf(String layerOrBlock) {
        if (ownerOf.containsKey(layerOrBlock)) {
            return ownerOf.get(layerOrBlock);
        }
        return nodes.stream().anyMatch(n -> n.id().equals(layerOrBlock)) ? layerOrBlock : null;
    }

    /** Ids and edges only: two models with the same structure share a layout. */
    public String structureKey() {
        StringBuilder key = new StringBuilder();
        nodes.forEach(n -> key.append(n.id()).append(n.collapsedBlock() ? "+" : "").append(';'));
        edges.forEach(e -> key.append(e.from()).append('>').append(e.to()).append(';'));
        frames.forEach(f -> key.append('[').append(f.block()).append(']'));
        return key.toString();
    }
}
