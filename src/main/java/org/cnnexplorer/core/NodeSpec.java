package org.cnnexplorer.core;

import java.util.List;

/**
 * A named node of a network: a layer or a block, the names of the nodes it reads (empty: the
 * node before it), and whether its parameters are trained.
 */
public record NodeSpec(String name, ElementSpec element, List<String> inputs, boolean trainable) {

    public NodeSpec {
        if (name == null || name.isBlank()) {
            throw new SpecException("core.spec.node.name");
        }
        if (element == null) {
            throw new SpecException("core.spec.node.type", name);
        }
        inputs = List.copyOf(inputs);
    }

    /** A trainable node reading the node before it. */
    public static NodeSpec of(String name, ElementSpec element) {
        return new NodeSpec(name, element, List.of(), true);
    }

    /** A trainable node reading the named nodes. */
    public static NodeSpec of(String name, ElementSpec element, String... inputs) {
        return new NodeSpec(name, element, List.of(inputs), true);
    }

    public NodeSpec withElement(ElementSpec replacement) {
        return new NodeSpec(name, replacement, inputs, trainable);
    }
}
