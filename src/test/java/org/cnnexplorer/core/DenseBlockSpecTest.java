package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DenseBlockSpecTest {

    @Test
    void layersAreNamedAsTorchvisionsDenseLayers() {
        List<String> names = new DenseBlockSpec(2, 2, 2).expand("d", List.of("x"), Shape.of(4, 6, 6)).nodes()
                .stream().map(NodeSpec::name).toList();
        assertEquals(List.of("d.denselayer1.norm1", "d.denselayer1.relu1", "d.denselayer1.conv1", "d.denselayer1.norm2",
                "d.denselayer1.relu2", "d.denselayer1.conv2", "d.denselayer1.concat", "d.denselayer2.norm1",
                "d.denselayer2.relu1", "d.denselayer2.conv1", "d.denselayer2.norm2", "d.denselayer2.relu2",
                "d.denselayer2.conv2", "d.denselayer2.concat"), names);
    }

    /**
     * C = 4, k = 2, b = 2: per layer 2 C_i + C_i b k + 2 b k + 9 b k^2, that is 8 + 16 + 8 + 72 = 104
     * (C_1 = 4) and 12 + 24 + 8 + 72 = 116 (C_2 = 6); MACs 36 x (C_i b k + 9 b k^2).
     */
    @Test
    void eachLayerAddsGrowthRateChannels() {
        NetworkReport report = analyze(Shape.of(4, 6, 6), NodeSpec.of("d", new DenseBlockSpec(2, 2, 2)));
        assertEquals(Shape.of(8, 6, 6), report.output());
        assertEquals(104 + 116, report.totals().params());
        assertEquals(36L * (16 + 72) + 36L * (24 + 72), report.totals().macs());
        assertEquals(Shape.of(6, 6, 6), layer(report, "d.denselayer1.concat").output());
    }

    @Test
    void expansionLimitCountsSevenLayersPerDenseLayerWithoutExpanding() {
        assertEquals(7L * 1_000_000_000, ExpansionLimit.layers(new DenseBlockSpec(1_000_000_000, 32, 4)));
    }

    /** 2 C + C x filters = 16 + 32 parameters; 1x1 conv MACs 36 x 8 x 4; the pool halves the size. */
    @Test
    void transitionCompressesAndHalves() {
        NetworkReport report = analyze(Shape.of(8, 6, 6), NodeSpec.of("t", new TransitionSpec(4)));
        assertEquals(Shape.of(4, 3, 3), report.output());
        assertEquals(16 + 32, report.totals().params());
        assertEquals(36L * 8 * 4, report.totals().macs());
        assertEquals(List.of("t.norm", "t.relu", "t.conv", "t.pool"),
                report.layers().stream().map(LayerReport::name).filter(n -> n.startsWith("t.")).toList());
    }
}
