package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Receptive fields through transposed convolutions and upsampling, and the layers after them,
 * against PyTorch: the largest span of input rows with a non-zero gradient over every output of
 * the last layer (all-ones weights, a 48x48 input; PyTorch 1.13).
 */
class UpsamplingFieldTest {

    private static final Pattern LAYER = Pattern.compile(
            "(C|T)(\\d+)(?:s(\\d+))?(?:p(\\d+))?(?:o(\\d+))?(?:d(\\d+))?|U(n|b)");

    /** {@code C3s2p1}: conv; {@code T3s2p1o1d2}: transposed conv; {@code Un}, {@code Ub}: nearest, bilinear x2. */
    private static LayerSpec parse(String token) {
        Matcher m = LAYER.matcher(token);
        if (!m.matches()) {
            throw new IllegalArgumentException(token);
        }
        if (m.group(7) != null) {
            return new UpsampleSpec(Size2d.square(2), null, m.group(7).equals("n") ? UpsampleSpec.Mode.NEAREST
                    : UpsampleSpec.Mode.BILINEAR, false);
        }
        int k = Integer.parseInt(m.group(2));
        int s = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        int p = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (m.group(1).equals("C")) {
            return Conv2dSpec.of(1, k, s, p, false);
        }
        int op = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int d = m.group(6) == null ? 1 : Integer.parseInt(m.group(6));
        return new ConvTranspose2dSpec(1, Size2d.square(k), Size2d.square(s), Size2d.square(p), Size2d.square(op),
                Size2d.square(d), 1, false);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "C4s4 T2s2,          4",   // U-Net's up-convolution: every output sees one input
        "C4s4 T2s2 C3 C3,   12",
        "C4s4 T2s2 C5,      12",
        "C4s4 T3s2p1,        8",
        "C4s4 T3s2p1 C3 C3, 16",
        "C4s4 T4s2p1,        8",
        "C4s4 T4s2p1 C3s2 C3, 20",
        "C4s4 T5s2p2o1 C3 C3, 20",
        "C4s4 T3s2d2,       12",   // dilation 2 on stride 2: three inputs, one apart
        "C4s4 T3s2d3,       16",   // dilation 3: two inputs, three apart
        "C2s2 T3s2d2 C3,     8",
        "C3p1 T3s2p1o1,      4",   // outputs half a pixel apart
        "C3p1 T3s2p1o1 C3 C3, 6",
        "C3s2 Un,            3",
        "C3s2 Un C3 C3,      7",
        "C3s2 Un C3 C3s2 C3, 11",
        "C3s2 Ub,            5",
        "C3s2 Ub C3 C3,      9",
    })
    void theFieldEqualsPyTorchsGradient(String layers, int field) {
        List<NodeSpec> nodes = new ArrayList<>();
        String[] tokens = layers.trim().split(" +");
        for (int i = 0; i < tokens.length; i++) {
            nodes.add(NodeSpec.of("l" + i, parse(tokens[i])));
        }
        NetworkReport report = Fixtures.analyze(Shape.of(1, 48, 48), nodes.toArray(NodeSpec[]::new));
        assertEquals(field, layer(report, "l" + (tokens.length - 1)).receptiveField().sizeHeight(), layers);
    }
}
