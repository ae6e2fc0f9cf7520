package org.cnnexplorer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalingMultipliersTest {

    @ParameterizedTest(name = "makeDivisible({0}) = {1}")
    @CsvSource({
        "72, 72",   // MobileNet v2's 144 at 0.5
        "12, 16",   // 24 at 0.5: rounds half up
        "35.2, 32", // EfficientNet's 32 at 1.1
        "3, 8",     // never below 8
        "19, 24",   // nearest multiple would be 16 < 0.9 x 19, so one more
        "640, 640",
    })
    void channelsRoundToTheNearestMultipleOfEightAsTorchvision(double v, int expected) {
        assertEquals(expected, ScalingMultipliers.makeDivisible(v));
    }

    @Test
    void widthOneChangesNoCountEvenOneThatIsNoMultipleOfEight() {
        assertEquals(6, ScalingMultipliers.NONE.channels(6));
        assertEquals(8, new ScalingMultipliers(0.5, 1, 1).channels(6));
    }

    @Test
    void depthRoundsStageCountsUpAsEfficientNet() {
        ScalingMultipliers b1 = new ScalingMultipliers(1, 1.1, 1);
        assertEquals(List.of(2, 3, 3, 4, 4, 5, 2), List.of(1, 2, 2, 3, 3, 4, 1).stream().map(b1::repeats).toList());
        assertEquals(1, new ScalingMultipliers(1, 0.1, 1).repeats(3), "at least one block");
    }

    @Test
    void resolutionRoundsHeightAndWidthAndKeepsChannels() {
        assertEquals(Shape.of(3, 240, 240), new ScalingMultipliers(1, 1, 240.0 / 224).input(Shape.of(3, 224, 224)));
        assertEquals(Shape.of(3, 1, 2), new ScalingMultipliers(1, 1, 0.01).input(Shape.of(3, 28, 160)));
    }

    @Test
    void describeNamesTheMultipliersOtherThanOne() {
        assertEquals("", ScalingMultipliers.NONE.describe());
        assertEquals("width x0.5, resolution x1.0714", new ScalingMultipliers(0.5, 1, 240.0 / 224).describe());
    }

    @Test
    void multipliersOutsideTheRangeAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScalingMultipliers(1, 0, 1));
        assertEquals("the depth multiplier must be a number from 0.01 to 8, got 0.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ScalingMultipliers(Double.NaN, 1, 1));
    }

    @Test
    void widthScalesConvolutionsAndDepthwiseGroupsButNotTheClassifier() {
        NetworkSpec spec = new NetworkSpec("n", null, null, null, Shape.of(3, 16, 16), 10, List.of(
                NodeSpec.of("conv", Conv2dSpec.of(32, 3, 1, 1, false)),
                NodeSpec.of("dw", new Conv2dSpec(32, Size2d.square(3), Size2d.ONE, Padding.of(1), Size2d.ONE, 32,
                        false)),
                NodeSpec.of("pool", AdaptiveAvgPoolSpec.global()), NodeSpec.of("flatten", new FlattenSpec()),
                NodeSpec.of("hidden", DenseSpec.of(64)), NodeSpec.of("fc", DenseSpec.of(DenseSpec.CLASSES))));
        AnalysisSettings half = AnalysisSettings.defaultsFor(spec).withScaling(new ScalingMultipliers(0.5, 1, 1));
        NetworkReport report = NetworkAnalyzer.analyze(spec, half);
        assertTrue(report.isValid(), report.problems().toString());
        assertEquals(Shape.of(16, 16, 16), report.layer("dw").orElseThrow().output());
        assertEquals(16, ((Conv2dSpec) report.layer("dw").orElseThrow().spec()).groups());
        assertEquals(Shape.vector(32), report.layer("hidden").orElseThrow().output());
        assertEquals(Shape.vector(10), report.output());
    }

    @Test
    void theNetworksLastWeightLayerKeepsItsOutputs() {
        NetworkSpec spec = new NetworkSpec("seg", null, null, null, Shape.of(3, 16, 16), 21, List.of(
                NodeSpec.of("conv", Conv2dSpec.of(64, 3, 1, 1, true)),
                NodeSpec.of("score", Conv2dSpec.of(21, 1, 1, 0, true))));
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec)
                .withScaling(new ScalingMultipliers(0.5, 1, 1)));
        assertEquals(Shape.of(32, 16, 16), report.layer("conv").orElseThrow().output());
        assertEquals(Shape.of(21, 16, 16), report.output());
    }

    @Test
    void depthMultipliesStageBlocksAndRepeatCopies() {
        NetworkSpec spec = new NetworkSpec("d", null, null, null, Shape.of(64, 16, 16), 10, List.of(
                NodeSpec.of("layer1", new ResidualStageSpec(ResidualBlockSpec.Kind.BASIC, 2, 64, 1, true)),
                NodeSpec.of("stage", CspStageSpec.darknet(128, 3)),
                NodeSpec.of("rep", new RepeatSpec(2, List.of(NodeSpec.of("relu", new ActivationSpec(Activation.RELU)))))));
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec)
                .withScaling(new ScalingMultipliers(1, 1.5, 1)));
        assertTrue(report.layer("layer1.2.relu").isPresent() && report.layer("layer1.3.relu").isEmpty());
        assertTrue(report.layer("stage.blocks.4.add").isPresent() && report.layer("stage.blocks.5.add").isEmpty());
        assertTrue(report.layer("rep.2.relu").isPresent() && report.layer("rep.3.relu").isEmpty());
    }

    @Test
    void aBlockTheNewCountsBreakIsAProblemNamingIt() {
        // 20 filters: conv_exp 22, blocks read 11 and give rint(20 x 0.55) = 11; at width 0.4 the stage has
        // 8 filters: conv_exp rint(8.8) = 9, blocks read 5 but give rint(4.4) = 4
        CspStageSpec uneven = new CspStageSpec(20, 1, 2, 1.1, 1.0, 0.55, new LeakyReluSpec(0.01));
        NetworkSpec spec = new NetworkSpec("c", null, null, null, Shape.of(3, 16, 16), 10,
                List.of(NodeSpec.of("stage", uneven), NodeSpec.of("relu", new ActivationSpec(Activation.RELU))));
        assertTrue(NetworkAnalyzer.analyze(spec).isValid());
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec)
                .withScaling(new ScalingMultipliers(0.4, 1, 1)));
        assertEquals("stage", report.problems().get(0).layer());
        assertTrue(report.problems().get(0).message().startsWith("width x0.4 does not fit csp-stage 'stage': "),
                report.problems().get(0).message());
        assertTrue(report.layer("relu").orElseThrow().isBlocked());
    }
}
