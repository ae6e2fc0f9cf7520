package org.cnnexplorer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A multiplier that changes nothing in a network says so instead of passing for scaling (decision 0012). */
class ScalingEffectTest {

    private static final Conv2dSpec CONV = Conv2dSpec.of(16, 3, 1, 1, true);

    private static NetworkSpec network(NodeSpec... nodes) {
        return new NetworkSpec("n", "Net", "", "", Shape.of(3, 8, 8), 10, List.of(nodes));
    }

    private static final NetworkSpec LAYER_BY_LAYER = network(NodeSpec.of("conv", CONV),
            NodeSpec.of("relu", new ActivationSpec(Activation.RELU)), NodeSpec.of("flatten", new FlattenSpec()),
            NodeSpec.of("fc", DenseSpec.classifier()));

    @Test
    void depthOnANetworkWrittenLayerByLayerIsIdleAndNamesWhy() {
        ScalingEffect effect = ScalingEffect.of(LAYER_BY_LAYER, new ScalingMultipliers(0.5, 1.5, 1));
        assertNull(effect.width(), "the conv is widened");
        assertEquals(Message.of("arch.m.depthNothing", Message.of("scaling.times", Message.of("scaling.depth"), "1.5"),
                "Net"), effect.depth());
        assertEquals(new ScalingMultipliers(0.5, 1, 1), effect.effective());
    }

    @Test
    void widthIsIdleWhenTheOnlyWeightLayerIsTheOutput() {
        NetworkSpec classifierOnly = network(NodeSpec.of("flatten", new FlattenSpec()),
                NodeSpec.of("fc", DenseSpec.classifier()));
        ScalingEffect effect = ScalingEffect.of(classifierOnly, new ScalingMultipliers(2, 1, 1));
        assertEquals("arch.m.widthNothing", effect.width().key());
        assertEquals(ScalingMultipliers.NONE, effect.effective());
    }

    @Test
    void aDepthBelowOneOnSingleBlockStagesKeepsEveryCountAndSaysSo() {
        NetworkSpec oneBlock = network(NodeSpec.of("stage", new ResidualStageSpec(ResidualBlockSpec.Kind.BASIC, 1, 8,
                1, false)), NodeSpec.of("pool", AdaptiveAvgPoolSpec.global()));
        ScalingEffect effect = ScalingEffect.of(oneBlock, new ScalingMultipliers(1, 0.5, 1));
        assertEquals("arch.m.depthSame", effect.depth().key());
        assertNull(ScalingEffect.of(oneBlock, new ScalingMultipliers(1, 2, 1)).depth());
    }

    @Test
    void multipliersOfOneAndResolutionAreNeverIdle() {
        ScalingEffect effect = ScalingEffect.of(LAYER_BY_LAYER, new ScalingMultipliers(1, 1, 2));
        assertEquals(List.of(), effect.idle());
        assertEquals(new ScalingMultipliers(1, 1, 2), effect.effective());
    }
}
