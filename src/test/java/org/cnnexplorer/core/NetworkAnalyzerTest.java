package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Shape inference through a graph, and the problems it reports instead of throwing. */
class NetworkAnalyzerTest {

    private static final Shape RGB8 = Shape.of(3, 8, 8);

    private static NodeSpec conv(String name, int filters, String... inputs) {
        return NodeSpec.of(name, Conv2dSpec.of(filters, 1, 1, 0, true), inputs);
    }

    @Test
    void tinyFixtureGivesExactShapesAndCounts() {
        NetworkReport report = analyze(Shape.of(1, 4, 4), NodeSpec.of("conv", Conv2dSpec.of(1, 3, 1, 0, true)));
        assertEquals(List.of("input", "conv"), report.layers().stream().map(LayerReport::name).toList());
        LayerReport conv = layer(report, "conv");
        assertEquals(List.of(Shape.of(1, 4, 4)), conv.inputShapes());
        assertEquals(Shape.of(1, 2, 2), conv.output());
        assertEquals(10, conv.params());
        assertEquals(36, conv.macs());
        assertEquals(4, conv.activationElements());
        assertEquals(new ReceptiveField(3, 3, 1, 1), conv.receptiveField());
        assertTrue(report.isValid());
    }

    @Test
    void windowThatNoLongerFitsIsOneProblemAndBlocksEverythingAfterIt() {
        NetworkReport report = analyze(RGB8, NodeSpec.of("conv", Conv2dSpec.of(16, 3, 1, 0, true)),
                NodeSpec.of("pool1", PoolSpec.max(2, 2, 0, false)), NodeSpec.of("pool2", PoolSpec.max(4, 4, 0, false)),
                NodeSpec.of("flatten", new FlattenSpec()), NodeSpec.of("fc", DenseSpec.classifier()));
        assertEquals(List.of("pool2: input 16x3x3 is smaller than the 4x4 window (stride 4) -> output 0x0"),
                Fixtures.problems(report));
        assertFalse(layer(report, "pool2").isBlocked());
        assertTrue(layer(report, "flatten").isBlocked());
        assertTrue(layer(report, "fc").isBlocked());
        assertNull(report.output());
        assertEquals(6 * 6 * 16 * 27, report.totals().macs());
    }

    @Test
    void channelMismatchAtAddNamesBothInputs() {
        NetworkReport report = analyze(RGB8, conv("a", 8), conv("b", 16, "input"), NodeSpec.of("sum", new AddSpec(), "a", "b"));
        assertEquals(List.of("sum: channel mismatch at add: a 8x8x8 vs b 16x8x8"), Fixtures.problems(report));
    }

    @Test
    void concatOfDifferentSpatialSizesNamesBothInputs() {
        NetworkReport report = analyze(RGB8, conv("a", 8), NodeSpec.of("b", PoolSpec.max(2, 2, 0, false), "input"),
                NodeSpec.of("join", new ConcatSpec(), "a", "b"));
        assertEquals(List.of("join: concat of different spatial sizes: a 8x8x8 vs b 3x4x4"),
                Fixtures.problems(report));
    }

    @Test
    void denseWhoseInputSizeChangedIsAProblem() {
        NetworkSpec spec = Fixtures.network(RGB8, NodeSpec.of("flatten", new FlattenSpec()),
                NodeSpec.of("fc", new DenseSpec(10, true, 192)));
        assertTrue(NetworkAnalyzer.analyze(spec).isValid());
        NetworkReport smaller = NetworkAnalyzer.analyze(spec.withInput(Shape.of(3, 4, 4)));
        assertEquals(List.of("fc: expects 192 input features but gets 48 (from flatten); "
                + "the input size changed"), Fixtures.problems(smaller));
    }

    @Test
    void undefinedAndLaterInputNamesAreProblems() {
        NetworkReport report = analyze(RGB8, conv("a", 8, "nowhere"), conv("b", 8, "c"), conv("c", 8, "input"));
        assertEquals(List.of("a: input 'nowhere' is not defined before this layer",
                "b: input 'c' is not defined before this layer"), Fixtures.problems(report));
        assertTrue(layer(report, "c").isValid());
    }

    @Test
    void duplicateNameIsAProblemAndTheFirstLayerKeepsIt() {
        NetworkReport report = analyze(RGB8, conv("a", 8), conv("a", 4), conv("b", 2, "a"));
        assertEquals(List.of("a: the name 'a' is used twice"), Fixtures.problems(report));
        assertEquals(List.of(Shape.of(8, 8, 8)), layer(report, "b").inputShapes());
    }

    @Test
    void wrongNumberOfInputsIsAProblem() {
        NetworkReport report = analyze(RGB8, conv("a", 3), NodeSpec.of("sum", new AddSpec(), "a"),
                NodeSpec.of("c", Conv2dSpec.of(4, 1, 1, 0, true), "input", "a"));
        assertEquals(List.of("sum: add needs at least 2 inputs but has 1",
                "c: conv2d takes 1 input but has 2"), Fixtures.problems(report));
    }

    @Test
    void blockAfterAProblemIsShownUnexpandedAndBlocked() {
        NetworkReport report = analyze(Shape.of(64, 2, 2), NodeSpec.of("pool", PoolSpec.max(3, 2, 0, false)),
                NodeSpec.of("layer1", new ResidualStageSpec(ResidualBlockSpec.Kind.BOTTLENECK, 3, 64, 1, true)),
                NodeSpec.of("fc", DenseSpec.classifier()));
        LayerReport stage = layer(report, "layer1");
        assertTrue(stage.isBlocked());
        assertEquals("residual-stage", stage.type());
        assertEquals(1, report.problems().size());
        assertTrue(layer(report, "fc").isBlocked());
    }

    @Test
    void classifierFollowsTheAnalysisClassesAndDefaultsToTheNetworks() {
        NetworkSpec spec = Fixtures.network(RGB8, NodeSpec.of("flatten", new FlattenSpec()),
                NodeSpec.of("fc", DenseSpec.classifier()));
        assertEquals(Shape.vector(10), NetworkAnalyzer.analyze(spec).output());
        NetworkReport hundred = NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec).withClasses(100));
        assertEquals(Shape.vector(100), hundred.output());
        assertEquals(192 * 100 + 100, hundred.totals().params());
    }

    @Test
    void overrideReplacesOneLayerInsideAnExpandedBlock() {
        NetworkSpec spec = Fixtures.network(Shape.of(64, 56, 56),
                NodeSpec.of("layer1", new ResidualStageSpec(ResidualBlockSpec.Kind.BOTTLENECK, 2, 64, 1, true)));
        NetworkSpec changed = spec.withLayer("layer1.1.conv2", new Conv2dSpec(64, Size2d.square(3), Size2d.ONE,
                Padding.of(1), Size2d.ONE, 64, false));
        NetworkReport report = NetworkAnalyzer.analyze(changed);
        assertEquals(576, layer(report, "layer1.1.conv2").params());
        assertEquals(NetworkAnalyzer.analyze(spec).totals().params() - 36_864 + 576, report.totals().params());
    }

    @Test
    void frozenNodeCountsItsParametersAsNonTrainable() {
        NetworkReport report = analyze(RGB8, new NodeSpec("a", Conv2dSpec.of(8, 1, 1, 0, true), List.of(), false),
                conv("b", 4));
        assertEquals(32 + 36, report.totals().params());
        assertEquals(36, report.totals().trainableParams());
        assertEquals(32, report.totals().nonTrainableParams());
    }
}
