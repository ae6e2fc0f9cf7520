package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.List;

/** Builds a block's expansion: each added node reads the one added before, unless told otherwise. */
final class NodeChain {

    private final String prefix;
    private final List<NodeSpec> nodes;
    private String last;

    private NodeChain(String prefix, String input, List<NodeSpec> nodes) {
        this.prefix = prefix;
        this.last = input;
        this.nodes = nodes;
    }

    /** A chain of nodes named {@code prefix.<local>} starting from {@code input}. */
    static NodeChain from(String prefix, String input) {
        return new NodeChain(prefix, input, new ArrayList<>());
    }

    /** A second chain writing into the same node list, e.g. another branch of a module. */
    NodeChain branch(String localPrefix, String input) {
        return new NodeChain(prefix + "." + localPrefix, input, nodes);
    }

    NodeChain add(String local, ElementSpec element) {
        return addReading(local, element, List.of(last));
    }

    NodeChain addReading(String local, ElementSpec element, List<String> inputs) {
        String name = prefix + "." + local;
        nodes.add(new NodeSpec(name, element, inputs, true));
        last = name;
        return this;
    }

    /** Conv (no bias when batch-normed), optional batch norm, ReLU: the basic unit of modern CNNs. */
    NodeChain convUnit(String local, Conv2dSpec conv, boolean batchNorm, double epsilon) {
        String at = local.isEmpty() ? "" : local + ".";
        add(at + "conv", conv);
        if (batchNorm) {
            add(at + "bn", new BatchNormSpec(epsilon));
        }
        return add(at + "relu", new ActivationSpec(Activation.RELU));
    }

    String last() {
        return last;
    }

    BlockSpec.Expansion finish() {
        return new BlockSpec.Expansion(nodes, last);
    }
}
