package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeparableSpecTest {

    private static List<String> names(SeparableSpec block) {
        return block.expand("s", List.of("in"), Shape.of(4, 8, 8)).nodes().stream().map(NodeSpec::name).toList();
    }

    @Test
    void mobileNetUnitHasBatchNormAndActivationAfterBothConvs() {
        assertEquals(List.of("s.conv1", "s.bn1", "s.act1", "s.pointwise", "s.bn2", "s.act2"),
                names(new SeparableSpec(6, 3, 2, 1, true, Activation.RELU)));
    }

    @Test
    void xceptionPairIsTheTwoConvsAlone() {
        assertEquals(List.of("s.conv1", "s.pointwise"), names(new SeparableSpec(6, 3, 1, 1, false, null)));
    }

    /** Depthwise 4 x 3 x 3 = 36 and pointwise 4 x 6 = 24 weights, batch norms 8 + 12; MACs 16 x 4 x 9 + 16 x 4 x 6. */
    @Test
    void countsAreTheDepthwiseAndPointwiseConvs() {
        NetworkReport report = analyze(Shape.of(4, 8, 8),
                NodeSpec.of("s", new SeparableSpec(6, 3, 2, 1, true, Activation.RELU)));
        assertEquals(36 + 8 + 24 + 12, report.totals().params());
        assertEquals(16L * 4 * 9 + 16L * 4 * 6, report.totals().macs());
        assertEquals(Shape.of(6, 4, 4), report.output());
        assertEquals(4, ((Conv2dSpec) layer(report, "s.conv1").spec()).groups());
    }

    @Test
    void dilationWidensThePaddingSoTheSizeIsKept() {
        NetworkReport report = analyze(Shape.of(4, 8, 8),
                NodeSpec.of("s", new SeparableSpec(4, 3, 1, 2, false, null)));
        assertEquals(Shape.of(4, 8, 8), report.output());
    }
}
