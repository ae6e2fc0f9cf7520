package org.cnnexplorer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A squeeze-and-excitation gate widens the receptive field to the whole image but keeps the spacing. */
class MultiplyReceptiveFieldTest {

    @Test
    void aBroadcastGateKeepsTheFeatureMapsJump() {
        ReceptiveField feature = new ReceptiveField(11, 11, 4, 4);
        ReceptiveField gate = new ReceptiveField(239, 239, 224, 224);
        LayerInputs shapes = Fixtures.named(Shape.of(8, 56, 56), Shape.of(8, 1, 1));
        assertEquals(new ReceptiveField(239, 239, 4, 4),
                new MultiplySpec().receptiveField(List.of(feature, gate), shapes));
    }

    @Test
    void aConvolutionAfterAnSeBlockGrowsByItsKernelTimesTheFeatureJump() {
        NetworkReport report = NetworkAnalyzer.analyze(new NetworkSpec("se", "se", "", "", Shape.of(3, 32, 32), 10,
                List.of(NodeSpec.of("conv", Conv2dSpec.of(8, 3, 2, 1, false)),
                        NodeSpec.of("pool", AdaptiveAvgPoolSpec.global()),
                        NodeSpec.of("gate", new ActivationSpec(Activation.SIGMOID)),
                        NodeSpec.of("scale", new MultiplySpec(), "conv", "gate"),
                        NodeSpec.of("after", Conv2dSpec.of(8, 3, 1, 1, false))), Map.of()));
        ReceptiveField scale = report.layer("scale").orElseThrow().receptiveField();
        ReceptiveField after = report.layer("after").orElseThrow().receptiveField();
        assertEquals(2, scale.jumpHeight());
        assertEquals(scale.sizeHeight() + 2 * 2, after.sizeHeight());
        assertEquals(2, after.jumpHeight());
    }
}
