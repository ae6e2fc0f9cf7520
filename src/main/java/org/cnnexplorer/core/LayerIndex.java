package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layers analysed so far, by name, and the layer that holds each expanded block's output
 * (so that {@code "inputs": ["layer1"]} reads {@code layer1.2.relu}). Loops rather than streams:
 * the GUI re-runs the analysis on every keystroke.
 */
final class LayerIndex {

    private final Map<String, LayerReport> byName = new HashMap<>();
    private final Map<String, String> blockOutputs = new HashMap<>();

    /** Records a layer; a second layer of the same name does not replace the first. */
    void add(LayerReport report) {
        byName.putIfAbsent(report.name(), report);
    }

    /** Records which layer holds the output of an expanded block. */
    void addBlock(String block, String output) {
        blockOutputs.put(block, resolve(output));
    }

    boolean isTaken(String name) {
        return byName.containsKey(name) || blockOutputs.containsKey(name);
    }

    boolean contains(String name) {
        return byName.containsKey(name);
    }

    LayerReport get(String name) {
        return byName.get(name);
    }

    /** The layer name behind a name, following block names to the layer holding their output. */
    String resolve(String name) {
        String current = name;
        while (blockOutputs.containsKey(current)) {
            current = blockOutputs.get(current);
        }
        return current;
    }

    List<String> resolveAll(List<String> names) {
        List<String> resolved = new ArrayList<>(names.size());
        for (String name : names) {
            resolved.add(resolve(name));
        }
        return resolved;
    }

    List<Shape> outputsOf(List<String> names) {
        List<Shape> shapes = new ArrayList<>(names.size());
        for (String name : names) {
            shapes.add(byName.get(name).output());
        }
        return shapes;
    }

    List<ReceptiveField> fieldsOf(List<String> names) {
        List<ReceptiveField> fields = new ArrayList<>(names.size());
        for (String name : names) {
            fields.add(byName.get(name).receptiveField());
        }
        return fields;
    }

    /** True when every named layer has an output (none is impossible or blocked). */
    boolean allValid(List<String> names) {
        for (String name : names) {
            if (!byName.get(name).isValid()) {
                return false;
            }
        }
        return true;
    }
}
