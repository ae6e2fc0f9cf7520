package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ResNeXt's grouped bottleneck: inner width {@code floor(width * widthPerGroup / 64) * groups}. */
class CardinalityTest {

    private static final ResidualBlockSpec.Kind BOTTLENECK = ResidualBlockSpec.Kind.BOTTLENECK;

    @ParameterizedTest(name = "width {0}, {1}x{2}d: {3} channels inside")
    @CsvSource({
        // width, groups, width per group, inner width (torchvision's Bottleneck)
        "64,   1, 64,   64",  // ResNet-50
        "64,  32,  4,  128",  // ResNeXt-50 32x4d, layer1
        "512, 32,  4, 1024",  // ResNeXt-50 32x4d, layer4
        "64,  32,  8,  256",  // ResNeXt-101 32x8d
        "64,   1, 128, 128",  // Wide ResNet-50-2
        "4,    2, 40,    4",  // floor(4 x 40 / 64) = 2 per group
    })
    void innerWidthIsTheFlooredWidthPerGroupTimesTheGroups(int width, int groups, int perGroup, int inner) {
        assertEquals(inner, new Cardinality(groups, perGroup).innerWidth(width));
    }

    @Test
    void groupedThreeByThreeOfATinyBlockCountsInOverGroupsInputsPerFilter() {
        // width 4, 2 groups of 32/64 x 4 = 2: conv1 8 -> 4, conv2 4 -> 4 in 2 groups, conv3 4 -> 16
        NetworkReport report = analyze(Shape.of(8, 4, 4),
                NodeSpec.of("b", new ResidualBlockSpec(BOTTLENECK, 4, 1, true, new Cardinality(2, 32))));
        LayerReport conv2 = layer(report, "b.conv2");
        assertEquals(Shape.of(4, 4, 4), conv2.output());
        assertEquals(4 * 2 * 3 * 3, conv2.params());
        assertEquals(4L * 4 * 4 * 2 * 3 * 3, conv2.macs());
        assertEquals(Shape.of(16, 4, 4), report.output());
    }

    @Test
    void firstBlockOfResNeXt50HasTorchvisionsParameterCount() {
        NetworkReport report = analyze(Shape.of(64, 56, 56), NodeSpec.of("layer1.0",
                new ResidualBlockSpec(BOTTLENECK, 64, 1, true, new Cardinality(32, 4))));
        // conv1 64x128, conv2 128 x 128/32 x 3x3, conv3 128x256, projection 64x256, batch norms 2 x (128+128+256+256)
        assertEquals(8_192 + 4_608 + 32_768 + 16_384 + 1_536, report.totals().params());
        assertEquals(14_450_688, layer(report, "layer1.0.conv2").macs());
    }

    @Test
    void aWidthTooSmallForOneChannelPerGroupIsAProblemNotAnEmptyLayer() {
        NetworkReport report = analyze(Shape.of(8, 4, 4),
                NodeSpec.of("b", new ResidualBlockSpec(BOTTLENECK, 1, 1, true, new Cardinality(32, 4))));
        assertEquals(List.of("b: bottleneck inner width floor(1 x 4 / 64) x 32 is 0 channels; raise the "
                + "width or the width per group"), Fixtures.problems(report));
    }

    @Test
    void aBasicBlockHasNoGroups() {
        Cardinality resnext = new Cardinality(32, 4);
        assertEquals("'groups' and 'widthPerGroup' apply to bottleneck blocks only; a basic block has one group of its "
                + "full width, as torchvision's BasicBlock", assertThrows(IllegalArgumentException.class,
                        () -> new ResidualStageSpec(ResidualBlockSpec.Kind.BASIC, 2, 64, 1, true, resnext)).getMessage());
    }

    @Test
    void settingsNameTheCardinalityAsTorchvisionsModelNamesDo() {
        assertEquals("64>256 s1 32x4d",
                new ResidualBlockSpec(BOTTLENECK, 64, 1, true, new Cardinality(32, 4)).settings());
        assertEquals("3 x 64>256 s1 32x4d", new ResidualStageSpec(BOTTLENECK, 3, 64, 1, true,
                new Cardinality(32, 4)).settings());
        assertEquals("64>256 s1", new ResidualBlockSpec(BOTTLENECK, 64, 1, true).settings());
    }
}
