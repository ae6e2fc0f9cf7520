package org.cnnexplorer.core;

import java.util.List;

/**
 * A named node of a network: a layer or a block, the names of the nodes it reads (empty: the
 * node before it), whether its parameters are trained, and the smallest width multiplier it is
 * scaled by (decision 0012).
 *
 * @param widthFloor 0 (none), or a width from {@link ScalingMultipliers#MIN} to {@link ScalingMultipliers#MAX}:
 *                   the node is scaled by {@code max(widthFloor, width)}, as torchvision's MobileNet v2 keeps its
 *                   last convolution at {@code 1280 x max(1, w)} channels
 */
public record NodeSpec(String name, ElementSpec element, List<String> inputs, boolean trainable, double widthFloor) {

    public NodeSpec {
        if (name == null || name.isBlank()) {
            throw new SpecException("core.spec.node.name");
        }
        if (element == null) {
            throw new SpecException("core.spec.node.type", name);
        }
        inputs = List.copyOf(inputs);
        if (widthFloor != 0 && !(widthFloor >= ScalingMultipliers.MIN && widthFloor <= ScalingMultipliers.MAX)) {
            throw new SpecException("arch.m.widthFloor", ScalingMultipliers.format(ScalingMultipliers.MIN),
                    ScalingMultipliers.format(ScalingMultipliers.MAX), widthFloor);
        }
    }

    /** A node scaled by the width multiplier as set. */
    public NodeSpec(String name, ElementSpec element, List<String> inputs, boolean trainable) {
        this(name, element, inputs, trainable, 0);
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
        return new NodeSpec(name, replacement, inputs, trainable, widthFloor);
    }

    public NodeSpec withInputs(List<String> newInputs) {
        return new NodeSpec(name, element, newInputs, trainable, widthFloor);
    }
}
