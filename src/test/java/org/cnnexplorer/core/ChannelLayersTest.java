package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.in;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.cnnexplorer.core.Fixtures.shapeProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Channel slices (ShuffleNet v2's split) and the channel shuffle: shapes, no costs, located problems. */
class ChannelLayersTest {

    @Test
    void aSliceKeepsChannelsFromUpToButNotIncludingTo() {
        SliceSpec slice = new SliceSpec(2, 5);
        LayerInputs inputs = in(8, 7, 7);
        assertEquals(Shape.of(3, 7, 7), slice.outputShape(inputs));
        assertEquals(0, slice.params(inputs));
        assertEquals(0, slice.macs(inputs, Shape.of(3, 7, 7)));
        assertFalse(slice.storesActivation(), "a slice is a view of its input");
        assertEquals("channels 2..4", slice.settings());
    }

    @Test
    void twoSlicesSplitTheChannelsAsShuffleNetDoes() {
        NetworkReport report = analyze(Shape.of(116, 28, 28), NodeSpec.of("left", new SliceSpec(0, 58)),
                NodeSpec.of("right", new SliceSpec(58, 116), "input"), NodeSpec.of("join", new ConcatSpec(),
                        "left", "right"), NodeSpec.of("shuffle", new ChannelShuffleSpec(2)));
        assertTrue(report.isValid(), report.problems().toString());
        assertEquals(Shape.of(58, 28, 28), layer(report, "right").output());
        assertEquals(Shape.of(116, 28, 28), layer(report, "shuffle").output());
    }

    @Test
    void aSlicePastTheLastChannelNamesTheInput() {
        ShapeException e = shapeProblem(new SliceSpec(4, 12), in(8, 3, 3));
        assertEquals("slice of channels [4, 12) reaches past the 8 channels of x 8x3x3", e.getMessage());
    }

    @Test
    void aSliceNeedsFromBeforeTo() {
        assertThrows(IllegalArgumentException.class, () -> new SliceSpec(3, 3));
        assertThrows(IllegalArgumentException.class, () -> new SliceSpec(-1, 3));
    }

    @Test
    void shuffleGroupsMustDivideTheChannels() {
        ChannelShuffleSpec shuffle = new ChannelShuffleSpec(3);
        assertEquals(Shape.of(12, 5, 5), shuffle.outputShape(in(12, 5, 5)));
        ShapeException e = shapeProblem(shuffle, in(8, 5, 5));
        assertEquals("groups 3 must divide the 8 channels of x 8x5x5", e.getMessage());
        assertEquals(0, shuffle.otherOps(in(12, 5, 5), Shape.of(12, 5, 5)));
    }
}
