package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InceptionSpecTest {

    /** torchvision's inception3a: 64 / 96>128 / 16>32 / 32, 3x3 in the "5x5" branch, batch norm. */
    private static final InceptionSpec TORCHVISION_3A = new InceptionSpec(64, 96, 128, 16, 32, 32, 3, true);
    private static final InceptionSpec PAPER_3A = new InceptionSpec(64, 96, 128, 16, 32, 32, 5, false);

    @Test
    void expandsIntoTorchvisionModuleNames() {
        BlockSpec.Expansion expansion = TORCHVISION_3A.expand("inception3a", List.of("maxpool2"),
                Shape.of(192, 28, 28));
        assertEquals(List.of(
                "inception3a.branch1.conv", "inception3a.branch1.bn", "inception3a.branch1.relu",
                "inception3a.branch2.0.conv", "inception3a.branch2.0.bn", "inception3a.branch2.0.relu",
                "inception3a.branch2.1.conv", "inception3a.branch2.1.bn", "inception3a.branch2.1.relu",
                "inception3a.branch3.0.conv", "inception3a.branch3.0.bn", "inception3a.branch3.0.relu",
                "inception3a.branch3.1.conv", "inception3a.branch3.1.bn", "inception3a.branch3.1.relu",
                "inception3a.branch4.0",
                "inception3a.branch4.1.conv", "inception3a.branch4.1.bn", "inception3a.branch4.1.relu",
                "inception3a.concat"),
                expansion.nodes().stream().map(NodeSpec::name).toList());
        assertEquals("inception3a.concat", expansion.output());
    }

    @Test
    void everyBranchReadsTheBlockInputAndTheConcatReadsEveryBranch() {
        List<NodeSpec> nodes = TORCHVISION_3A.expand("m", List.of("in"), Shape.of(192, 28, 28)).nodes();
        for (String head : List.of("m.branch1.conv", "m.branch2.0.conv", "m.branch3.0.conv", "m.branch4.0")) {
            assertEquals(List.of("in"), node(nodes, head).inputs(), head);
        }
        assertEquals(List.of("m.branch1.relu", "m.branch2.1.relu", "m.branch3.1.relu", "m.branch4.1.relu"),
                node(nodes, "m.concat").inputs());
    }

    @Test
    void torchvisionModuleHasBiasFreeConvsWithBatchNormAndAThreeByThreeFifthBranch() {
        NetworkReport report = analyze(Shape.of(192, 28, 28), NodeSpec.of("inception3a", TORCHVISION_3A));
        assertEquals(Shape.of(256, 28, 28), layer(report, "inception3a.concat").output());
        assertEquals(Shape.of(32, 28, 28), layer(report, "inception3a.branch3.1.conv").output());
        assertEquals(16L * 9 * 32, layer(report, "inception3a.branch3.1.conv").params());
        assertEquals(new BatchNormSpec(1e-3), layer(report, "inception3a.branch1.bn").spec());
        assertEquals(Shape.of(192, 28, 28), layer(report, "inception3a.branch4.0").output());
        assertEquals(155_872, report.totals().params());
        assertEquals(List.of("inception3a"), layer(report, "inception3a.concat").blockPath());
    }

    @Test
    void paperModuleHasBiasedConvsAndATrueFiveByFive() {
        NetworkReport report = analyze(Shape.of(192, 28, 28), NodeSpec.of("inception3a", PAPER_3A));
        assertEquals(16L * 25 * 32 + 32, layer(report, "inception3a.branch3.1.conv").params());
        assertEquals(163_696, report.totals().params());
        assertEquals(0, report.totals().buffers());
        assertEquals(Shape.of(256, 28, 28), report.output());
    }

    @Test
    void outputChannelsAreTheSumOfTheFourBranches() {
        assertEquals(256, TORCHVISION_3A.outputChannels());
        assertEquals("64/96>128/16>32/32", TORCHVISION_3A.settings());
    }

    private static NodeSpec node(List<NodeSpec> nodes, String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }
}
