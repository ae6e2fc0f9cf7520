package org.cnnexplorer.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.NetworkReport;
import org.junit.jupiter.api.Test;

/** The plain stack and the residual network: same depth, same weights, skips that cost only additions. */
class PlainVsResidualTest {

    @Test
    void bothNetworksHaveTwentyWeightLayersAndTheSameWeights() {
        Lesson.Outcome outcome = PlainVsResidual.twentyLayers().run();
        NetworkReport plain = outcome.reports().get(0);
        NetworkReport residual = outcome.reports().get(1);
        assertEquals(20, plain.totals().depth());
        assertEquals(20, residual.totals().depth());
        // conv1 1*16*9+16, 18 convolutions 16*16*9+16, fc 16*10+10
        long params = 160 + 18 * 2320 + 170;
        assertEquals(params, plain.totals().params());
        assertEquals(params, residual.totals().params());
        assertEquals(plain.totals().macs(), residual.totals().macs());
        assertTrue(plain.isValid() && residual.isValid());
    }

    @Test
    void theSkipsCostOneAdditionPerValueOfEachBlock() {
        Lesson.Outcome outcome = new PlainVsResidual(3, 8).run();
        long extra = outcome.reports().get(1).totals().otherOps() - outcome.reports().get(0).totals().otherOps();
        assertEquals(3L * 8 * 14 * 14, extra);
        assertTrue(outcome.points().get(0).contains("4,704 additions"), outcome.points().get(0));
    }

    @Test
    void theResidualNetworkAddsEachBlocksInputToItsOutput() {
        var residual = new PlainVsResidual(2, 4).networks().get(1);
        var add = residual.nodes().stream().filter(n -> n.name().equals("block2_add")).findFirst().orElseThrow();
        assertEquals(List.of("block1_add", "block2_conv2"), add.inputs());
        assertTrue(new PlainVsResidual(2, 4).networks().get(0).nodes().stream()
                .noneMatch(n -> n.name().endsWith("_add")));
    }

    @Test
    void refusesDepthsAndWidthsOutsideItsRange() {
        assertEquals("blocks must be between 1 and 24, got 0",
                assertThrows(IllegalArgumentException.class, () -> new PlainVsResidual(0, 16)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlainVsResidual.twentyLayers().with("channels", 65));
    }
}
