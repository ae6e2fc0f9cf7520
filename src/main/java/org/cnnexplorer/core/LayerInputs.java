package org.cnnexplorer.core;

import java.util.List;

/** The names and shapes of the tensors flowing into one layer. */
public record LayerInputs(List<String> names, List<Shape> shapes) {

    public LayerInputs {
        names = List.copyOf(names);
        shapes = List.copyOf(shapes);
        if (names.size() != shapes.size()) {
            throw new IllegalArgumentException("one shape per input name");
        }
    }

    public static LayerInputs single(String name, Shape shape) {
        return new LayerInputs(List.of(name), List.of(shape));
    }

    /** The only (or first) input shape. */
    public Shape shape() {
        return shapes.get(0);
    }

    public int count() {
        return shapes.size();
    }

    /** {@code name 64x28x28}, for messages. */
    public String describe(int index) {
        return names.get(index) + " " + shapes.get(index);
    }
}
