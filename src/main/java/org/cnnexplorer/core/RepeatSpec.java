package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cnnexplorer.i18n.Messages;

/**
 * A user-defined block: {@code body} repeated {@code times} times in sequence, copy {@code i}
 * (from 0) named {@code <block>.<copyPrefix><firstIndex + i>}: by default {@code <block>.0.<node>},
 * {@code <block>.1.<node>}, ...; torchvision's DenseNet numbering is {@code copyPrefix} "denselayer"
 * and {@code firstIndex} 1 ({@code features.denseblock1.denselayer1.conv1}). Inside the body an
 * empty input list means the node before (the first node reads the previous copy, or the block's
 * input); other input names refer to body nodes of the same copy, and {@link #BLOCK_INPUT} to the
 * copy's input.
 *
 * @param copyPrefix text before each copy's number ("" for bare numbers)
 * @param firstIndex the number of the first copy (at least 0; the last, {@code firstIndex + times - 1},
 *                   must fit in an int)
 */
public record RepeatSpec(int times, List<NodeSpec> body, String copyPrefix, int firstIndex) implements BlockSpec {

    /** The name by which body nodes refer to the input of their copy. */
    public static final String BLOCK_INPUT = "in";

    public RepeatSpec {
        if (times < 1) {
            throw new SpecException("core.spec.repeat.times");
        }
        if (body.isEmpty()) {
            throw new SpecException("core.spec.repeat.body");
        }
        body = List.copyOf(body);
        if (copyPrefix == null || copyPrefix.contains(".")) {
            throw new SpecException("core.spec.repeat.prefix", copyPrefix);
        }
        if (firstIndex < 0 || times - 1 > Integer.MAX_VALUE - firstIndex) {
            throw new SpecException("core.spec.repeat.numbers", Integer.MAX_VALUE, firstIndex,
                    (long) firstIndex + times - 1);
        }
    }

    /** Copies numbered 0, 1, ... ({@code <block>.0.<node>}). */
    public RepeatSpec(int times, List<NodeSpec> body) {
        this(times, body, "", 0);
    }

    /** The name of copy {@code copy} (counted from 0) of the block {@code name}. */
    public String copyName(String name, int copy) {
        return name + "." + copyPrefix + (firstIndex + copy);
    }

    @Override
    public LayerKind layerKind() {
        return LayerKind.REPEAT;
    }

    @Override
    public String settings() {
        return Messages.text("core.settings.repeat", times, body.size());
    }

    @Override
    public Expansion expand(String name, List<String> inputs, Shape input) {
        List<NodeSpec> nodes = new ArrayList<>();
        String previous = inputs.get(0);
        for (int copy = 0; copy < times; copy++) {
            previous = expandCopy(copyName(name, copy), previous, nodes);
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
            nodes.add(new NodeSpec(name, node.element(), inputs, node.trainable(), node.widthFloor()));
            local.put(node.name(), name);
            previous = name;
        }
        return previous;
    }
}
