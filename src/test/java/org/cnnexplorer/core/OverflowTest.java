package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.cnnexplorer.core.ReportChecks.assertNoNegativeFigure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sizes a user can type that do not fit the arithmetic: each is a problem on the layer, naming
 * the figure, and never a negative or wrapped number; the layers after it are blocked.
 */
class OverflowTest {

    private static final int MAX = Integer.MAX_VALUE;

    static NodeSpec conv(String name, int filters, int kernel, Padding padding) {
        return NodeSpec.of(name, new Conv2dSpec(filters, Size2d.square(kernel), Size2d.ONE, padding, Size2d.ONE, 1,
                true));
    }

    static Stream<Arguments> overflows() {
        NodeSpec relu = NodeSpec.of("relu", new ActivationSpec(Activation.RELU));
        return Stream.of(
            Arguments.of("input 3x100000x100000, 10^8 filters", Shape.of(3, 100_000, 100_000),
                    List.of(conv("conv1", 100_000_000, 3, Padding.of(1)), relu), "conv1", "MACs exceed 9.2e18"),
            Arguments.of("output values past 2^63", Shape.of(3, 100_000, 100_000),
                    List.of(conv("conv1", MAX, 3, Padding.of(1)), relu), "conv1", "output values exceed 9.2e18"),
            Arguments.of("same padding on a huge kernel", Shape.of(3, 224, 224),
                    List.of(conv("conv1", 64, MAX, Padding.SAME), relu), "conv1", "parameters exceed 9.2e18"),
            Arguments.of("same padding that does not fit an int", Shape.of(3, 8, 8),
                    List.of(NodeSpec.of("conv1", new Conv2dSpec(1, Size2d.square(65_537), Size2d.ONE, Padding.SAME,
                            Size2d.square(65_537), 1, false)), relu), "conv1",
                    "same padding (rows per side) would be 2,147,516,416"),
            Arguments.of("padding making the output taller than 2^31", Shape.of(1, 8, 8),
                    List.of(conv("conv1", 1, 1, Padding.of(MAX)), relu), "conv1",
                    "output height would be 4,294,967,302"),
            Arguments.of("dense of 2^31-1 units twice", Shape.of(1, 46_340, 46_340),
                    List.of(NodeSpec.of("flatten", new FlattenSpec()), NodeSpec.of("fc1", DenseSpec.of(MAX)),
                            NodeSpec.of("fc2", DenseSpec.of(MAX)), relu), "fc2",
                    "total FLOPs (2 x MACs) up to this layer exceed 9.2e18"),
            Arguments.of("concat past 2^31 channels", Shape.of(1, 4, 4),
                    List.of(conv("a", MAX, 1, Padding.NONE), NodeSpec.of("b", Conv2dSpec.of(2, 1, 1, 0, true), "input"),
                            NodeSpec.of("join", new ConcatSpec(), "a", "b"), relu), "join",
                    "concat output channels would be 2,147,483,649"),
            Arguments.of("receptive field past 2^31", Shape.of(1, 8, 8),
                    List.of(NodeSpec.of("conv1", new Conv2dSpec(1, new Size2d(65_536, 1), Size2d.ONE,
                            new Padding(new Size2d(MAX, 0), false), new Size2d(65_536, 1), 1, false)), relu), "conv1",
                    "receptive field would be 4,294,901,761"),
            Arguments.of("input too large to count", Shape.of(MAX, MAX, MAX), List.of(relu), "input",
                    "input values exceed 9.2e18"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overflows")
    void aFigureThatDoesNotFitIsAProblemNamingTheLayerAndTheFigure(String title, Shape input, List<NodeSpec> nodes,
                                                                   String layer, String message) {
        NetworkReport report = analyze(input, nodes.toArray(NodeSpec[]::new));
        assertEquals(layer, report.problems().get(0).layer(), report.problems().toString());
        assertTrue(report.problems().get(0).message().startsWith(message), report.problems().get(0).message());
        assertFalse(layer(report, layer).isValid());
        assertTrue(layer(report, "relu").isBlocked());
        assertNoNegativeFigure(report);
    }

    @Test
    void memoryPastTwoToTheSixtyThreeBytesAtAHugeBatchIsAProblemNotANegativeNumber() {
        NetworkSpec spec = Fixtures.network(Shape.of(3, 100_000, 100_000), conv("conv1", 64, 3, Padding.of(1)));
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec).withBatch(MAX)
                .withOptimizer(Optimizer.ADAM));
        assertEquals(List.of("memory: inference and training memory exceed 9.2e18 bytes (8 EiB) for "
                + "batch 2,147,483,647, float32, adam; try a smaller batch or input"), Fixtures.problems(report));
        assertEquals(Totals.TOO_LARGE, report.totals().trainingBytes());
        assertEquals(Totals.TOO_LARGE, report.totals().inferenceBytes());
        assertEquals(1_792 * 4L, report.totals().paramBytes());
        assertFalse(report.isPartial());
        assertNoNegativeFigure(report);
    }

    @Test
    void flopsAreTwiceTheMacsAndStayWithinALong() {
        NetworkReport report = analyze(Shape.of(1, 46_340, 46_340), NodeSpec.of("flatten", new FlattenSpec()),
                NodeSpec.of("fc1", DenseSpec.of(MAX)));
        // 4.6e18 parameters are countable, but not their 18e18 bytes in float32
        assertEquals(List.of("memory"), report.problems().stream().map(Problem::layer).toList());
        assertFalse(report.isPartial());
        assertEquals(2_147_395_600L * MAX, report.totals().macs());
        assertEquals(2 * 2_147_395_600L * MAX, report.totals().flops());
    }

    @Test
    void aResidualStageTooWideForItsOutputChannelsIsAProblemNotAStackTrace() {
        NetworkReport report = analyze(Shape.of(3, 8, 8), NodeSpec.of("layer1",
                new ResidualStageSpec(ResidualBlockSpec.Kind.BOTTLENECK, 2, MAX, 1, true)));
        assertEquals("layer1.0", report.problems().get(0).layer());
        assertTrue(report.problems().get(0).message().startsWith("block output channels (2,147,483,647 x 4) would be "
                + "8,589,934,588"), report.problems().get(0).message());
        assertNoNegativeFigure(report);
    }
}
