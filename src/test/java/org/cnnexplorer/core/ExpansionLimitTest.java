package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Blocks that would expand past {@link ExpansionLimit#MAX_LAYERS} are refused before expanding. */
class ExpansionLimitTest {

    private static final NodeSpec RELU = NodeSpec.of("relu", new ActivationSpec(Activation.RELU));

    private static RepeatSpec repeat(int times, NodeSpec... body) {
        return new RepeatSpec(times, List.of(body));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS) // a hang guard: the refusal itself is instant
    void aBlockRepeatedABillionTimesIsRefusedAtOnceAndWhatFollowsIsBlocked() {
        NetworkReport report = analyze(Shape.of(3, 32, 32), NodeSpec.of("stem", Conv2dSpec.of(8, 3, 1, 1, true)),
                NodeSpec.of("res", repeat(1_000_000_000, RELU, NodeSpec.of("bn", BatchNormSpec.standard()))),
                NodeSpec.of("gap", AdaptiveAvgPoolSpec.global()));
        assertEquals(List.of("res: repeat would expand to 2,000,000,000 layers (2,000,000,001 in the "
                + "network), more than the limit of 100,000 expanded layers; it was not expanded"),
                Fixtures.problems(report));
        assertTrue(layer(report, "stem").isValid());
        assertTrue(layer(report, "gap").isBlocked());
        assertEquals(3, report.totals().layers());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void aStageOfABillionBlocksIsRefused() {
        NetworkReport report = analyze(Shape.of(64, 8, 8), NodeSpec.of("layer1",
                new ResidualStageSpec(ResidualBlockSpec.Kind.BOTTLENECK, 1_000_000_000, 16, 1, true)));
        assertEquals("layer1", report.problems().get(0).layer());
        assertTrue(report.problems().get(0).message().startsWith("residual-stage would expand to 12,000,000,000 "
                + "layers"), report.problems().get(0).message());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void nestedRepeatsAreCountedWithoutExpandingAndSaturateInsteadOfOverflowing() {
        NodeSpec inner = NodeSpec.of("inner", repeat(32_768, RELU));
        NetworkReport twoToThe30 = analyze(Shape.of(1, 4, 4), NodeSpec.of("outer", repeat(32_768, inner)));
        assertTrue(twoToThe30.problems().get(0).message().startsWith("repeat would expand to 1,073,741,824 layers"));
        NodeSpec deep = NodeSpec.of("a", repeat(Integer.MAX_VALUE, NodeSpec.of("b", repeat(Integer.MAX_VALUE,
                NodeSpec.of("c", repeat(Integer.MAX_VALUE, RELU))))));
        NetworkReport saturated = analyze(Shape.of(1, 4, 4), deep);
        assertTrue(saturated.problems().get(0).message().startsWith("repeat would expand to more than 9.2e18 layers"));
    }

    @Test
    void aPlainLayerPastTheLimitIsNamedWithTheNetworksSizeNotAsExpandingToOneLayer() {
        assertEquals("the network would have 100,001 layers with this one, more than the limit of 100,000 expanded "
                + "layers; it was not analysed", ExpansionLimit.check(RELU, 1, 100_000).text());
        assertEquals(null, ExpansionLimit.check(RELU, 1, 99_999));
    }

    @ParameterizedTest(name = "{0} copies of 1 layer after 1 layer: refused {1}")
    @CsvSource({"99999, false", "100000, true"})
    void theLimitCountsEveryExpandedLayer(int times, boolean refused) {
        long before = 1;
        NodeSpec node = NodeSpec.of("r", repeat(times, RELU));
        assertEquals(refused, ExpansionLimit.check(node, ExpansionLimit.layers(node), before) != null);
    }

    @Test
    void inceptionModulesAreCountedAsTheyExpand() {
        for (boolean batchNorm : new boolean[] {true, false}) {
            InceptionSpec module = new InceptionSpec(64, 96, 128, 16, 32, 32, 3, batchNorm);
            assertEquals(module.expand("i", List.of("x"), Shape.of(192, 28, 28)).nodes().size(),
                    ExpansionLimit.layers(module));
        }
    }

    @Test
    void builtInBlocksAreCountedAsTheyExpand() {
        assertEquals(20, ExpansionLimit.layers(NodeSpec.of("i", new InceptionSpec(64, 96, 128, 16, 32, 32, 3, true))));
        assertEquals(14, ExpansionLimit.layers(NodeSpec.of("i", new InceptionSpec(64, 96, 128, 16, 32, 32, 5, false))));
        assertEquals(36, ExpansionLimit.layers(NodeSpec.of("s",
                new ResidualStageSpec(ResidualBlockSpec.Kind.BOTTLENECK, 3, 64, 1, true))));
    }
}
