package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResidualBlockSpecTest {

    private static final ResidualBlockSpec.Kind BOTTLENECK = ResidualBlockSpec.Kind.BOTTLENECK;
    private static final ResidualBlockSpec.Kind BASIC = ResidualBlockSpec.Kind.BASIC;

    private static List<String> names(ResidualBlockSpec block, Shape input) {
        return block.expand("layer1.0", List.of("maxpool"), input).nodes().stream().map(NodeSpec::name).toList();
    }

    @Test
    void bottleneckThatWidensTheChannelsGetsTorchvisionsDownsampleProjection() {
        ResidualBlockSpec block = new ResidualBlockSpec(BOTTLENECK, 64, 1, true);
        assertEquals(List.of("layer1.0.conv1", "layer1.0.bn1", "layer1.0.relu1", "layer1.0.conv2", "layer1.0.bn2",
                "layer1.0.relu2", "layer1.0.conv3", "layer1.0.bn3", "layer1.0.downsample.0", "layer1.0.downsample.1",
                "layer1.0.add", "layer1.0.relu"), names(block, Shape.of(64, 56, 56)));
    }

    @Test
    void bottleneckWithMatchingShapeAddsTheIdentity() {
        ResidualBlockSpec block = new ResidualBlockSpec(BOTTLENECK, 64, 1, true);
        BlockSpec.Expansion expansion = block.expand("layer1.1", List.of("layer1.0"), Shape.of(256, 56, 56));
        NodeSpec add = expansion.nodes().stream().filter(n -> n.name().equals("layer1.1.add")).findFirst()
                .orElseThrow();
        assertEquals(List.of("layer1.1.bn3", "layer1.0"), add.inputs());
        assertEquals("layer1.1.relu", expansion.output());
        assertEquals(12 - 2, expansion.nodes().size());
    }

    @Test
    void firstBottleneckOfResNet50HasTorchvisionsParameterCount() {
        NetworkReport report = analyze(Shape.of(64, 56, 56),
                NodeSpec.of("layer1.0", new ResidualBlockSpec(BOTTLENECK, 64, 1, true)));
        assertEquals(75_008, report.totals().params());
        assertEquals(Shape.of(256, 56, 56), report.output());
        assertEquals(Shape.of(256, 56, 56), layer(report, "layer1.0.downsample.1").output());
    }

    @Test
    void versionOnePointFivePutsTheStrideOnTheThreeByThree() {
        NetworkReport v15 = analyze(Shape.of(256, 56, 56),
                NodeSpec.of("b", new ResidualBlockSpec(BOTTLENECK, 128, 2, true)));
        assertEquals(Shape.of(128, 56, 56), layer(v15, "b.conv1").output());
        assertEquals(Shape.of(128, 28, 28), layer(v15, "b.conv2").output());
        assertEquals(Shape.of(512, 28, 28), layer(v15, "b.downsample.0").output());
        NetworkReport v1 = analyze(Shape.of(256, 56, 56),
                NodeSpec.of("b", new ResidualBlockSpec(BOTTLENECK, 128, 2, false)));
        assertEquals(Shape.of(128, 28, 28), layer(v1, "b.conv1").output());
        assertEquals(v15.totals().params(), v1.totals().params());
        assertEquals(true, v15.totals().macs() > v1.totals().macs());
    }

    @Test
    void basicBlockHasTwoThreeByThreeConvsAndResNet18sParameterCount() {
        ResidualBlockSpec block = new ResidualBlockSpec(BASIC, 64, 1, true);
        assertEquals(List.of("layer1.0.conv1", "layer1.0.bn1", "layer1.0.relu1", "layer1.0.conv2", "layer1.0.bn2",
                "layer1.0.add", "layer1.0.relu"), names(block, Shape.of(64, 56, 56)));
        NetworkReport report = analyze(Shape.of(64, 56, 56), NodeSpec.of("layer1.0", block));
        assertEquals(73_984, report.totals().params());
    }

    @Test
    void strideTwoBasicBlockProjectsTheShortcut() {
        NetworkReport report = analyze(Shape.of(64, 56, 56),
                NodeSpec.of("layer2.0", new ResidualBlockSpec(BASIC, 128, 2, true)));
        assertEquals(Shape.of(128, 28, 28), report.output());
        assertEquals(8192, layer(report, "layer2.0.downsample.0").params());
    }

    @Test
    void settingsAndTypeNameTheDesign() {
        assertEquals("bottleneck", new ResidualBlockSpec(BOTTLENECK, 64, 1, true).type());
        assertEquals("64>256 s1", new ResidualBlockSpec(BOTTLENECK, 64, 1, true).settings());
        assertEquals("basic-block", new ResidualBlockSpec(BASIC, 64, 2, true).type());
        assertEquals("64 s2", new ResidualBlockSpec(BASIC, 64, 2, true).settings());
    }

    /** SE-ResNet-50's first block: ResNet's 75,008 plus the SE step's 2 x 256 x 16 + 16 + 256 = 8,464. */
    @Test
    void squeezeExcitationScalesTheResidualBranchBeforeTheAdd() {
        SqueezeExcitationSpec se = new SqueezeExcitationSpec(0, 16, Activation.RELU, Activation.SIGMOID);
        ResidualBlockSpec block = new ResidualBlockSpec(BOTTLENECK, 64, 1, true, Cardinality.STANDARD, se);
        NetworkReport report = analyze(Shape.of(64, 56, 56), NodeSpec.of("layer1.0", block));
        assertEquals(75_008 + 8_464, report.totals().params());
        assertEquals(List.of("layer1.0.se.scale", "layer1.0.downsample.1"), layer(report, "layer1.0.add").inputs());
        assertEquals(12 + 6, ExpansionLimit.layers(block));
    }
}
