package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.LayerSpec;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;

/**
 * The palette's structural edits of a network's top-level nodes, as pure spec manipulation (no
 * JavaFX): insert before or after a node, delete, duplicate, replace. The <em>readers</em> of a
 * node are the nodes that name it in their {@code inputs}, plus the node right after it when that
 * one reads "the node before" (no {@code inputs}).
 *
 * <ul>
 *   <li>Inserting after A puts the new node on A's output: every reader of A reads it instead.
 *       After the network input ({@code input}) means before the first layer.</li>
 *   <li>Inserting before A gives the new node A's input, and A reads the new node.</li>
 *   <li>Deleting A makes its readers read A's input.</li>
 * </ul>
 * A refused edit throws {@link IllegalArgumentException} saying which layer and why: the new node
 * would merge several inputs the palette cannot choose, A reads several inputs (a merge) and its
 * readers or the new node would not know which to take, or A lies inside a block.
 */
final class NetworkEdits {

    /** Where a new node goes, relative to the selected one. */
    enum Where { BEFORE, AFTER }

    /** The edited network and the node to select afterwards. */
    record Edit(NetworkSpec spec, String name) {
    }

    private static final String INPUT = NetworkAnalyzer.INPUT;

    private NetworkEdits() {
    }

    /** Inserts {@code element}, named {@code baseName} or {@code baseName_2} ..., before or after {@code anchor}. */
    static Edit insert(NetworkSpec spec, String anchor, Where where, String baseName, ElementSpec element) {
        requireSingleInput(element, text("edit.what.new", element.type()));
        NodeSpec node = NodeSpec.of(uniqueName(spec, baseName), element);
        List<NodeSpec> nodes = new ArrayList<>(spec.nodes());
        if (where == Where.AFTER) {
            insertAfter(nodes, anchor.equals(INPUT) ? -1 : indexOf(spec, anchor), node);
        } else {
            insertBefore(nodes, indexOf(spec, anchor), node);
        }
        return new Edit(rebuild(spec, nodes, spec.overrides()), node.name());
    }

    private static void insertAfter(List<NodeSpec> nodes, int position, NodeSpec node) {
        String anchor = position < 0 ? INPUT : nodes.get(position).name();
        nodes.replaceAll(n -> rename(n, anchor, node.name()));
        nodes.add(position + 1, node);
    }

    private static void insertBefore(List<NodeSpec> nodes, int position, NodeSpec node) {
        NodeSpec anchor = nodes.get(position);
        if (anchor.inputs().size() > 1) {
            throw new IllegalArgumentException(text("edit.insertBeforeMerge", anchor.name(), anchor.inputs().size(),
                    String.join(", ", anchor.inputs())));
        }
        nodes.set(position, withInputs(anchor, List.of()));
        nodes.add(position, withInputs(node, anchor.inputs()));
    }

    /** Deletes {@code name}; its readers read its input instead. */
    static Edit delete(NetworkSpec spec, String name) {
        int position = indexOf(spec, name);
        List<NodeSpec> nodes = new ArrayList<>(spec.nodes());
        NodeSpec deleted = nodes.get(position);
        if (nodes.size() == 1) {
            throw new IllegalArgumentException(text("edit.deleteOnly", name));
        }
        if (deleted.inputs().size() > 1 && !readers(nodes, position).isEmpty()) {
            throw new IllegalArgumentException(text("edit.deleteMerge", name, deleted.inputs().size(),
                    String.join(", ", deleted.inputs()), String.join(", ", readers(nodes, position))));
        }
        String source = deleted.inputs().isEmpty() ? before(nodes, position) : deleted.inputs().get(0);
        nodes.remove(position);
        nodes.replaceAll(n -> rename(n, name, source));
        if (position < nodes.size() && nodes.get(position).inputs().isEmpty()
                && !source.equals(before(nodes, position))) {
            nodes.set(position, withInputs(nodes.get(position), List.of(source)));
        }
        String next = nodes.get(Math.min(position, nodes.size() - 1)).name();
        return new Edit(rebuild(spec, nodes, without(spec.overrides(), name)), next);
    }

    /** Inserts a copy of {@code name} (with its overrides) right after it, on its output. */
    static Edit duplicate(NetworkSpec spec, String name) {
        NodeSpec original = spec.nodes().get(indexOf(spec, name));
        requireSingleInput(original.element(), text("edit.what.copy", name));
        Edit inserted = insert(spec, name, Where.AFTER, name, original.element());
        Map<String, LayerSpec> overrides = new LinkedHashMap<>(spec.overrides());
        spec.overrides().forEach((layer, override) -> {
            if (layer.startsWith(name + ".")) {
                overrides.put(inserted.name() + layer.substring(name.length()), override);
            }
        });
        List<NodeSpec> nodes = new ArrayList<>(inserted.spec().nodes());
        nodes.replaceAll(n -> n.name().equals(inserted.name()) ? new NodeSpec(n.name(), n.element(), n.inputs(),
                original.trainable()) : n);
        return new Edit(rebuild(spec, nodes, overrides), inserted.name());
    }

    /** Replaces the element of {@code name} (another kind), keeping its name, inputs and readers. */
    static Edit replace(NetworkSpec spec, String name, ElementSpec element) {
        NodeSpec node = spec.nodes().get(indexOf(spec, name));
        boolean merges = element instanceof LayerSpec layer && layer.arity() == LayerSpec.MANY;
        if (node.inputs().size() > 1 && !merges) {
            throw new IllegalArgumentException(text("edit.replaceMerge", name, element.type(), node.inputs().size(),
                    String.join(", ", node.inputs())));
        }
        if (node.inputs().size() <= 1) {
            requireSingleInput(element, text("edit.what.as", name, element.type()));
        }
        return new Edit(rebuild(spec, spec.nodes().stream().map(n -> n.name().equals(name) ? n.withElement(element)
                : n).toList(), without(spec.overrides(), name)), name);
    }

    /** Replaces the layer {@code name} inside a block by {@code element}, through an override of that layer. */
    static Edit override(NetworkSpec spec, String name, ElementSpec element) {
        if (!(element instanceof LayerSpec layer)) {
            throw new IllegalArgumentException(text("edit.insideBlockKind", name, element.type()));
        }
        requireSingleInput(element, text("edit.what.as", name, element.type()));
        return new Edit(spec.withLayer(name, layer), name);
    }

    /** {@code base}, or {@code base_2}, {@code base_3} ... whichever no node of the network has. */
    static String uniqueName(NetworkSpec spec, String base) {
        Set<String> taken = spec.nodes().stream().map(NodeSpec::name).collect(Collectors.toSet());
        taken.add(INPUT);
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /** The position of a top-level node, or a refusal naming the block a nested layer belongs to. */
    static int indexOf(NetworkSpec spec, String name) {
        for (int i = 0; i < spec.nodes().size(); i++) {
            if (spec.nodes().get(i).name().equals(name)) {
                return i;
            }
        }
        if (INPUT.equals(name)) {
            throw new IllegalArgumentException(text("edit.inputNotLayer"));
        }
        String block = spec.nodes().stream().map(NodeSpec::name).filter(n -> name.startsWith(n + "."))
                .findFirst().orElse(null);
        throw new IllegalArgumentException(block == null ? text("edit.noLayer", name)
                : text("edit.insideBlock", name, block));
    }

    private static void requireSingleInput(ElementSpec element, String what) {
        if (element instanceof LayerSpec layer && layer.arity() != 1) {
            throw new IllegalArgumentException(text(layer.arity() == 0 ? "edit.noInput" : "edit.mergesInputs", what,
                    element.type()));
        }
    }

    /** Who reads the node at {@code position}: explicit readers and the implicit one right after it. */
    private static List<String> readers(List<NodeSpec> nodes, int position) {
        String name = nodes.get(position).name();
        List<String> readers = new ArrayList<>();
        for (int i = position + 1; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            if (n.inputs().contains(name) || i == position + 1 && n.inputs().isEmpty()) {
                readers.add(n.name());
            }
        }
        return readers;
    }

    /** The name "the node before" means at {@code position}. */
    private static String before(List<NodeSpec> nodes, int position) {
        return position == 0 ? INPUT : nodes.get(position - 1).name();
    }

    private static NodeSpec rename(NodeSpec node, String from, String to) {
        return node.inputs().contains(from)
                ? withInputs(node, node.inputs().stream().map(i -> i.equals(from) ? to : i).toList()) : node;
    }

    private static NodeSpec withInputs(NodeSpec node, List<String> inputs) {
        return node.withInputs(inputs);
    }

    /** The overrides without those of layers inside the block {@code name}. */
    private static Map<String, LayerSpec> without(Map<String, LayerSpec> overrides, String name) {
        Map<String, LayerSpec> kept = new LinkedHashMap<>(overrides);
        kept.keySet().removeIf(layer -> layer.startsWith(name + "."));
        return kept;
    }

    private static NetworkSpec rebuild(NetworkSpec spec, List<NodeSpec> nodes, Map<String, LayerSpec> overrides) {
        return new NetworkSpec(spec.id(), spec.name(), spec.variant(), spec.source(), spec.input(), spec.classes(),
                nodes, overrides, spec.training());
    }
}
