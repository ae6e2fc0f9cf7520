package org.cnnexplorer.core;

import java.util.List;

/**
 * The analysis of one expanded layer. {@code output} is null when the layer is impossible
 * ({@code problem} says why) or sits downstream of an impossible layer ({@link #isBlocked()}).
 * Counts are per sample; {@code blockPath} lists the enclosing blocks, outermost first.
 */
public record LayerReport(String name, LayerSpec spec, List<String> blockPath, List<String> inputs,
                          List<Shape> inputShapes, Shape output, long params, boolean trainable, long buffers,
                          long macs, long otherOps, ReceptiveField receptiveField, String problem) {

    public LayerReport {
        blockPath = List.copyOf(blockPath);
        inputs = List.copyOf(inputs);
        inputShapes = List.copyOf(inputShapes);
    }

    public String type() {
        return spec.type();
    }

    public String settings() {
        return spec.settings();
    }

    public boolean isValid() {
        return output != null;
    }

    /** Not analysed because an input is impossible; the problem is reported upstream. */
    public boolean isBlocked() {
        return output == null && problem == null;
    }

    /** Values in this layer's output per sample (0 when not valid). */
    public long activationElements() {
        return output == null ? 0 : output.elements();
    }

    /** The innermost enclosing block, or null at top level. */
    public String block() {
        return blockPath.isEmpty() ? null : blockPath.get(blockPath.size() - 1);
    }
}
