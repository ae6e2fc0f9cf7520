package org.cnnexplorer.core;

import java.util.List;

/** Small builders shared by the core tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** One input named {@code x} of {@code channels x height x width}. */
    static LayerInputs in(int channels, int height, int width) {
        return LayerInputs.single("x", Shape.of(channels, height, width));
    }

    /** One flat input named {@code x} of {@code features} values. */
    static LayerInputs vector(int features) {
        return LayerInputs.single("x", Shape.vector(features));
    }

    /** Inputs named {@code a}, {@code b}, ... with the given shapes. */
    static LayerInputs named(Shape... shapes) {
        List<String> names = java.util.stream.IntStream.range(0, shapes.length)
                .mapToObj(i -> String.valueOf((char) ('a' + i))).toList();
        return new LayerInputs(names, List.of(shapes));
    }

    /** A network of the given nodes with input {@code input} and 10 classes. */
    static NetworkSpec network(Shape input, NodeSpec... nodes) {
        return new NetworkSpec("test", "Test", "", "", input, 10, List.of(nodes));
    }

    /** Analyses the nodes on the given input. */
    static NetworkReport analyze(Shape input, NodeSpec... nodes) {
        return NetworkAnalyzer.analyze(network(input, nodes));
    }

    /** The named layer of a report, failing if absent. */
    static LayerReport layer(NetworkReport report, String name) {
        return report.layer(name).orElseThrow(() -> new AssertionError("no layer " + name + " in "
                + report.layers().stream().map(LayerReport::name).toList()));
    }

    /** The report's problems as {@code layer: message} in the current language. */
    static List<String> problems(NetworkReport report) {
        return report.problems().stream().map(Problem::toString).toList();
    }

    static ShapeException shapeProblem(LayerSpec layer, LayerInputs inputs) {
        return org.junit.jupiter.api.Assertions.assertThrows(ShapeException.class, () -> layer.outputShape(inputs));
    }
}
