package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network as its author declares it: identity and provenance, the default input shape and
 * class count, the top-level nodes in order (a directed acyclic graph through their input
 * names), per-layer overrides that replace single layers inside expanded blocks, and the
 * settings its author suggests for training it ({@link TrainingRecipe#STANDARD} when none).
 */
public record NetworkSpec(String id, String name, String variant, String source, Shape input, int classes,
                          List<NodeSpec> nodes, Map<String, LayerSpec> overrides, TrainingRecipe training) {

    public NetworkSpec {
        if (id == null || id.isBlank()) {
            throw new SpecException("core.spec.network.id");
        }
        if (input == null || !input.isPositive()) {
            throw new SpecException("core.spec.network.input");
        }
        if (classes < 1) {
            throw new SpecException("core.spec.network.classes");
        }
        if (nodes.isEmpty()) {
            throw new SpecException("core.spec.network.empty", id);
        }
        name = name == null ? id : name;
        variant = variant == null ? "" : variant;
        source = source == null ? "" : source;
        nodes = List.copyOf(nodes);
        overrides = Map.copyOf(overrides);
        training = training == null ? TrainingRecipe.STANDARD : training;
    }

    public NetworkSpec(String id, String name, String variant, String source, Shape input, int classes,
                       List<NodeSpec> nodes, Map<String, LayerSpec> overrides) {
        this(id, name, variant, source, input, classes, nodes, overrides, TrainingRecipe.STANDARD);
    }

    public NetworkSpec(String id, String name, String variant, String source, Shape input, int classes,
                       List<NodeSpec> nodes) {
        this(id, name, variant, source, input, classes, nodes, Map.of());
    }

    public NetworkSpec withInput(Shape newInput) {
        return new NetworkSpec(id, name, variant, source, newInput, classes, nodes, overrides, training);
    }

    public NetworkSpec withClasses(int newClasses) {
        return new NetworkSpec(id, name, variant, source, input, newClasses, nodes, overrides, training);
    }

    public NetworkSpec withIdentity(String newId, String newName) {
        return new NetworkSpec(newId, newName, variant, source, input, classes, nodes, overrides, training);
    }

    public NetworkSpec withTraining(TrainingRecipe recipe) {
        return new NetworkSpec(id, name, variant, source, input, classes, nodes, overrides, recipe);
    }

    /**
     * This network with the layer of that (expanded) name replaced: a top-level node is replaced
     * in place, a layer inside a block through an override.
     */
    public NetworkSpec withLayer(String layerName, LayerSpec replacement) {
        List<NodeSpec> newNodes = new ArrayList<>(nodes);
        for (int i = 0; i < newNodes.size(); i++) {
            if (newNodes.get(i).name().equals(layerName) && newNodes.get(i).element() instanceof LayerSpec) {
                newNodes.set(i, newNodes.get(i).withElement(replacement));
                return new NetworkSpec(id, name, variant, source, input, classes, newNodes, overrides, training);
            }
        }
        Map<String, LayerSpec> newOverrides = new LinkedHashMap<>(overrides);
        newOverrides.put(layerName, replacement);
        return new NetworkSpec(id, name, variant, source, input, classes, nodes, newOverrides, training);
    }

    /**
     * This network with the top-level node of that name replaced (e.g. a block with new settings). When
     * a stage with flat block names ({@link FlatNumbering}) gains or loses blocks, the later stages of the
     * same prefix count on from it, so that no two blocks share a name ({@code features.4}).
     */
    public NetworkSpec withNode(String nodeName, ElementSpec replacement) {
        List<NodeSpec> newNodes = new ArrayList<>(nodes);
        int added = 0;
        String prefix = null;
        for (int i = 0; i < newNodes.size(); i++) {
            NodeSpec node = newNodes.get(i);
            if (node.name().equals(nodeName)) {
                prefix = FlatNumbering.prefixOf(node.element());
                added = FlatNumbering.blocksOf(replacement) - FlatNumbering.blocksOf(node.element());
                newNodes.set(i, node.withElement(replacement));
            } else if (added != 0 && node.element() instanceof InvertedResidualStageSpec stage
                    && stage.numbering() != null && stage.numbering().prefix().equals(prefix)) {
                newNodes.set(i, node.withElement(new InvertedResidualStageSpec(stage.blocks(), stage.block(),
                        stage.numbering().shifted(added))));
            }
        }
        return new NetworkSpec(id, name, variant, source, input, classes, newNodes, overrides, training);
    }
}
