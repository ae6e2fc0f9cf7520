package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvertedResidualSpecTest {

    private static final double EPS = BatchNormSpec.DEFAULT_EPSILON;

    private static InvertedResidualSpec block(int filters, int stride, int expansion, SqueezeExcitationSpec se,
                                              InvertedResidualSpec.Layout layout) {
        return new InvertedResidualSpec(filters, 3, stride, expansion, 0, Activation.RELU6, se, EPS, layout);
    }

    private static List<String> names(InvertedResidualSpec block, Shape input) {
        return block.expand("f", List.of("x"), input).nodes().stream().map(NodeSpec::name).toList();
    }

    @Test
    void mobileNetV2WithoutExpansionHasTorchvisionsFlatProjection() {
        assertEquals(List.of("f.conv.0.0", "f.conv.0.1", "f.conv.0.2", "f.conv.1", "f.conv.2"),
                names(block(16, 1, 1, null, InvertedResidualSpec.Layout.MOBILENET_V2), Shape.of(32, 8, 8)));
    }

    @Test
    void mbconvWithSqueezeExcitationNumbersTheStepsOfBlockAndAddsTheInput() {
        SqueezeExcitationSpec se = SqueezeExcitationSpec.squeezingTo(2, Activation.SWISH, Activation.SIGMOID);
        BlockSpec.Expansion expansion = block(8, 1, 4, se, InvertedResidualSpec.Layout.MBCONV)
                .expand("f", List.of("x"), Shape.of(8, 4, 4));
        assertEquals(List.of("f.block.0.0", "f.block.0.1", "f.block.0.2", "f.block.1.0", "f.block.1.1", "f.block.1.2",
                "f.block.2", "f.block.3.0", "f.block.3.1", "f.add"),
                expansion.nodes().stream().map(NodeSpec::name).toList());
        assertEquals(List.of("f.block.3.1", "x"), expansion.nodes().get(9).inputs());
    }

    /**
     * C = 4, E = 24, 3x3, 4 out: expand 4 x 24 + BN 48, depthwise 24 x 9 + BN 48, project 24 x 4 + BN 8;
     * MACs 36 x (96 + 216 + 96).
     */
    @Test
    void countsAreExpandDepthwiseAndProjection() {
        NetworkReport report = analyze(Shape.of(4, 6, 6),
                NodeSpec.of("f", block(4, 1, 6, null, InvertedResidualSpec.Layout.MBCONV)));
        assertEquals(96 + 48 + 216 + 48 + 96 + 8, report.totals().params());
        assertEquals(36L * (96 + 216 + 96), report.totals().macs());
        assertEquals(Shape.of(4, 6, 6), layer(report, "f.add").output());
    }

    @Test
    void strideOrNewChannelCountLeavesTheAddOut() {
        InvertedResidualSpec strided = block(4, 2, 6, null, InvertedResidualSpec.Layout.MBCONV);
        assertEquals("f.block.2.1", strided.expand("f", List.of("x"), Shape.of(4, 6, 6)).output());
        assertEquals(Shape.of(4, 3, 3), analyze(Shape.of(4, 6, 6), NodeSpec.of("f", strided)).output());
        assertEquals("f.block.2.1", block(8, 1, 6, null, InvertedResidualSpec.Layout.MBCONV)
                .expand("f", List.of("x"), Shape.of(4, 6, 6)).output());
    }

    @Test
    void expandedChannelsGiveMobileNetV3sExpSize() {
        InvertedResidualSpec v3 = new InvertedResidualSpec(40, 5, 2, 0, 72, Activation.RELU, null, 1e-3,
                InvertedResidualSpec.Layout.MBCONV);
        assertEquals(Shape.of(72, 4, 4), layer(analyze(Shape.of(24, 8, 8), NodeSpec.of("f", v3)),
                "f.block.1.0").output());
    }

    @Test
    void refusesSqueezeExcitationInMobileNetV2sLayoutAndBothWidths() {
        SqueezeExcitationSpec se = SqueezeExcitationSpec.squeezingTo(2, Activation.RELU, Activation.SIGMOID);
        assertThrows(IllegalArgumentException.class,
                () -> block(8, 1, 4, se, InvertedResidualSpec.Layout.MOBILENET_V2));
        assertThrows(IllegalArgumentException.class, () -> new InvertedResidualSpec(8, 3, 1, 4, 32,
                Activation.RELU6, null, EPS, InvertedResidualSpec.Layout.MBCONV));
    }
}
