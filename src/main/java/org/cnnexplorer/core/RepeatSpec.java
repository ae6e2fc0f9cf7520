package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A user-defined block: {@code body} repeated {@code times} times in sequence, copies named
 * {@code <block>.0.<node>}, {@code <block>.1.<node>}, ... Inside the body an empty input list
 * means the node before (the first node reads the previous copy, or the block's input); other
 * input names refer to body nodes of the same copy, and {@link #BLOCK_INPUT} to the copy's input.
 */
public record RepeatSpec(int times, List<NodeSpec> body) implements BlockSpec {

    /** The name by which body nodes refer to the input of their copy. */
    public static final String BLOCK_INPUT = "in";

    public RepeatSpec {
        if (times < 1) {
            throw new IllegalArgumentException("repeat needs times of at least 1");
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("repeat needs at least one layer in its body");
        }
        body = List.copyOf(body);
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.REPEAT;
    }

    @Override
    public String settings() {
        return times + " x " + body.size() + " layers";
    }

    @Override
    public Expansion expand(String name, List<String> inputs, Shape input) {
        List<NodeSpec> nodes = new ArrayList<>();
        String previous = inputs.get(0);
        for (int copy = 0; copy < times; copy++) {
            previous = expandCopy(name + "." + copy, previous, nodes);
        }
        return new Expansion(nodes, previous);
    }

    private String expandCopy(String prefix, String copyInput, List<NodeSpec> nodes) {
        Map<String, String> local = new HashMap<>();
        local.put(BLOCK_INPUT, copyInput);
        String previous = copyInput;
        for (NodeSpec node : body) {
            List<String> inputs = node.inputs().isEmpty() ? List.of(previous)
                    : node.inputs().stream().map(n -> local.getOrDefault(n, prefix + "." + n)).toList();
            String name = prefix + "." + node.name();
            nodes.add(new NodeSpec(name, node.element(), inputs, node.trainable()));
            local.put(node.name(), name);
            previous = name;
        }
        return previous;
    }
}
