package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatSpecTest {

    private static final RepeatSpec VGG_BLOCK = new RepeatSpec(2, List.of(
            NodeSpec.of("conv", Conv2dSpec.of(64, 3, 1, 1, true)),
            NodeSpec.of("relu", new ActivationSpec(Activation.RELU))));

    @Test
    void copiesAreNumberedAndChainedInOrder() {
        BlockSpec.Expansion expansion = VGG_BLOCK.expand("block1", List.of("input"), Shape.of(3, 224, 224));
        assertEquals(List.of("block1.0.conv", "block1.0.relu", "block1.1.conv", "block1.1.relu"),
                expansion.nodes().stream().map(NodeSpec::name).toList());
        assertEquals(List.of("input"), expansion.nodes().get(0).inputs());
        assertEquals(List.of("block1.0.relu"), expansion.nodes().get(2).inputs());
        assertEquals("block1.1.relu", expansion.output());
    }

    @Test
    void vggBlockHasTwoConvolutionsOfTheSameWidth() {
        NetworkReport report = analyze(Shape.of(3, 224, 224), NodeSpec.of("block1", VGG_BLOCK));
        assertEquals(1_792, layer(report, "block1.0.conv").params());
        assertEquals(36_928, layer(report, "block1.1.conv").params());
        assertEquals(Shape.of(64, 224, 224), report.output());
    }

    @Test
    void inNamesTheInputOfEachCopyForSkipConnections() {
        RepeatSpec residual = new RepeatSpec(3, List.of(
                NodeSpec.of("conv", Conv2dSpec.of(8, 3, 1, 1, false)),
                NodeSpec.of("add", new AddSpec(), "conv", RepeatSpec.BLOCK_INPUT)));
        BlockSpec.Expansion expansion = residual.expand("res", List.of("stem"), Shape.of(8, 16, 16));
        assertEquals(List.of("res.0.conv", "stem"), expansion.nodes().get(1).inputs());
        assertEquals(List.of("res.1.conv", "res.0.add"), expansion.nodes().get(3).inputs());
        NetworkReport report = analyze(Shape.of(8, 16, 16), NodeSpec.of("res", residual));
        assertEquals(Shape.of(8, 16, 16), report.output());
        assertEquals(3 * 576, report.totals().params());
    }

    @Test
    void unknownInnerNameIsReportedWithItsExpandedName() {
        RepeatSpec broken = new RepeatSpec(1, List.of(NodeSpec.of("add", new AddSpec(), "nope", "in")));
        NetworkReport report = analyze(Shape.of(8, 16, 16), NodeSpec.of("res", broken));
        assertEquals(List.of("res.0.add: input 'res.0.nope' is not defined before this layer"),
                Fixtures.problems(report));
    }

    @Test
    void copiesCanBeNamedAsTorchvisionNumbersThem() {
        RepeatSpec dense = new RepeatSpec(2, List.of(
                NodeSpec.of("conv", Conv2dSpec.of(4, 3, 1, 1, false)),
                NodeSpec.of("concat", new ConcatSpec(), RepeatSpec.BLOCK_INPUT, "conv")), "denselayer", 1);
        BlockSpec.Expansion expansion = dense.expand("block", List.of("stem"), Shape.of(8, 16, 16));
        assertEquals(List.of("block.denselayer1.conv", "block.denselayer1.concat", "block.denselayer2.conv",
                "block.denselayer2.concat"), expansion.nodes().stream().map(NodeSpec::name).toList());
        assertEquals(List.of("block.denselayer1.concat", "block.denselayer2.conv"), expansion.nodes().get(3).inputs());
        NetworkReport report = analyze(Shape.of(8, 16, 16), NodeSpec.of("block", dense));
        assertEquals(Shape.of(16, 16, 16), report.output());
    }

    @Test
    void copyNumbersMustStayWithinAnInt() {
        List<NodeSpec> body = List.of(NodeSpec.of("relu", new ActivationSpec(Activation.RELU)));
        assertEquals("block." + Integer.MAX_VALUE, new RepeatSpec(2, body, "", Integer.MAX_VALUE - 1)
                .copyName("block", 1));
        assertThrows(IllegalArgumentException.class, () -> new RepeatSpec(2, body, "", Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> new RepeatSpec(2, body, "", -1));
        assertThrows(IllegalArgumentException.class, () -> new RepeatSpec(2, body, "a.b", 0));
    }

    @Test
    void settingsCountTheCopiesAndLayers() {
        assertEquals("2 x 2 layers", VGG_BLOCK.settings());
    }
}
