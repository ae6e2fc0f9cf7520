package org.cnnexplorer.ui.graph.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cnnexplorer.core.BlockSpec;
import org.cnnexplorer.core.ExpansionLimit;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.ShapeException;

/**
 * Every block of a network by its expanded name ({@code layer1}, {@code layer1.0}), found by
 * expanding blocks recursively. Expansion needs an input shape only to decide details such as a
 * projection shortcut, which do not change which blocks exist, so any shape serves.
 */
public final class BlockIndex {

    private static final Shape ANY = Shape.of(1, 1, 1);
    private static final String SOME_INPUT = "input";

    private final Map<String, BlockSpec> blocks = new HashMap<>();
    private NameGroups groups = NameGroups.of(List.of());

    private BlockIndex() {
    }

    /** The last network indexed: the graph, its view model and the editor ask for the same one on every edit. */
    private static volatile Cached last;

    private record Cached(NetworkSpec spec, BlockIndex index) {
    }

    public static BlockIndex of(NetworkSpec spec) {
        Cached cached = last;
        if (cached != null && cached.spec() == spec) {
            return cached.index();
        }
        BlockIndex index = new BlockIndex();
        index.addAll(spec.nodes());
        if (index.blocks.isEmpty()) {
            index.groups = NameGroups.of(spec.nodes().stream().map(NodeSpec::name).toList());
        }
        last = new Cached(spec, index);
        return index;
    }

    private void addAll(List<NodeSpec> nodes) {
        for (NodeSpec node : nodes) {
            if (node.element() instanceof BlockSpec block) {
                blocks.put(node.name(), block);
                if (expandable(block)) {
                    addAll(block.expand(node.name(), List.of(SOME_INPUT), ANY).nodes());
                }
            }
        }
    }

    /** Names of all blocks, and of the name-path groups of a network without blocks (an ONNX import). */
    public Set<String> names() {
        java.util.Set<String> names = new java.util.HashSet<>(blocks.keySet());
        names.addAll(groups.names());
        return java.util.Set.copyOf(names);
    }

    /** The blocks that hold only other blocks (residual stages): expanded at first, so their blocks show. */
    public Set<String> containers() {
        java.util.Set<String> containers = blocks.keySet().stream().filter(this::isContainer)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        containers.addAll(groups.containers());
        return containers;
    }

    /**
     * The blocks holding the layer, outermost first: its analysis block path, or for a network
     * without blocks whose names are module paths, the groups those paths form ({@link NameGroups}).
     */
    public List<String> pathOf(org.cnnexplorer.core.LayerReport layer) {
        return layer.blockPath().isEmpty() ? groups.of(layer.name()) : layer.blockPath();
    }

    /** The block of that name, or null. */
    public BlockSpec get(String name) {
        return blocks.get(name);
    }

    /** True for blocks that only hold other blocks (residual stages), which start out expanded. */
    public boolean isContainer(String name) {
        BlockSpec block = blocks.get(name);
        return block != null && expandable(block) && block.expand(name, List.of(SOME_INPUT), ANY).nodes().stream()
                .allMatch(n -> n.element() instanceof BlockSpec);
    }

    /** False for a block past the expansion limit (the analysis refuses it), or too wide to build. */
    private static boolean expandable(BlockSpec block) {
        if (ExpansionLimit.layers(block) > ExpansionLimit.MAX_LAYERS) {
            return false;
        }
        try {
            block.expand("b", List.of(SOME_INPUT), ANY);
            return true;
        } catch (ShapeException e) {
            return false;
        }
    }
}
