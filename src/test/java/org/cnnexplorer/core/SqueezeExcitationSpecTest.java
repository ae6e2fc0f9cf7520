package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqueezeExcitationSpecTest {

    @Test
    void expandsIntoTorchvisionsModulesAndScalesTheInput() {
        BlockSpec.Expansion expansion = new SqueezeExcitationSpec(0, 4, Activation.RELU, Activation.SIGMOID)
                .expand("se", List.of("x"), Shape.of(8, 4, 4));
        assertEquals(List.of("se.avgpool", "se.fc1", "se.activation", "se.fc2", "se.scale_activation", "se.scale"),
                expansion.nodes().stream().map(NodeSpec::name).toList());
        assertEquals(List.of("x", "se.scale_activation"), expansion.nodes().get(5).inputs());
        assertEquals("se.scale", expansion.output());
    }

    /** C = 8, s = 8 / 4 = 2: weights 2 x 8 x 2 and biases 2 + 8; MACs 2 x 8 x 2; the shape is kept. */
    @Test
    void reductionGivesTheSqueezeWidthAndTheCounts() {
        NetworkReport report = analyze(Shape.of(8, 4, 4),
                NodeSpec.of("se", new SqueezeExcitationSpec(0, 4, Activation.RELU, Activation.HARD_SIGMOID)));
        assertEquals(2 * 8 * 2 + 2 + 8, report.totals().params());
        assertEquals(2L * 8 * 2, report.totals().macs());
        assertEquals(Shape.of(8, 4, 4), report.output());
        assertEquals(Activation.HARD_SIGMOID, ((ActivationSpec) layer(report, "se.scale_activation").spec())
                .function());
    }

    @Test
    void squeezeIsAtLeastOneChannel() {
        assertEquals(1, new SqueezeExcitationSpec(0, 16, Activation.RELU, Activation.SIGMOID).squeezeChannels(8));
        assertEquals(5, SqueezeExcitationSpec.squeezingTo(5, Activation.RELU, Activation.SIGMOID).squeezeChannels(8));
    }

    @Test
    void needsExactlyOneOfSqueezeAndReduction() {
        assertThrows(IllegalArgumentException.class,
                () -> new SqueezeExcitationSpec(4, 4, Activation.RELU, Activation.SIGMOID));
        assertThrows(IllegalArgumentException.class,
                () -> new SqueezeExcitationSpec(0, 0, Activation.RELU, Activation.SIGMOID));
    }
}
