package org.cnnexplorer.core;

import static org.cnnexplorer.core.Fixtures.analyze;
import static org.cnnexplorer.core.Fixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The receptive field through adaptive pools, against PyTorch's windows counted one by one:
 * position i of {@code in -> out} sees cells {@code floor(i in / out)} to {@code ceil((i + 1) in / out) - 1}.
 */
class AdaptivePoolFieldTest {

    /** The most distinct input cells under m consecutive output positions, counted by brute force. */
    private static long bruteForce(int in, int out, int m) {
        long most = 0;
        for (int i = 0; i + m <= out; i++) {
            long first = (long) i * in / out;
            long end = ((long) (i + m) * in + out - 1) / out;
            most = Math.max(most, end - first);
        }
        return most;
    }

    @Test
    void closedFormMatchesEveryWindowOfEverySmallPool() {
        for (int in = 1; in <= 40; in++) {
            for (int out = 1; out <= 40; out++) {
                ReceptiveField.Stretch stretch = new ReceptiveField.Stretch(in, out);
                for (int m = 1; m <= out; m++) {
                    assertEquals(bruteForce(in, out, m), stretch.distinct(m), in + " -> " + out + ", window " + m);
                }
            }
        }
    }

    @Test
    void copiesOfOneCellAddNothingToTheFieldOfAFlatten() {
        // VGG16 at 32x32: pool5 is 512x1x1 with field 212 and jump 32; the 7x7 pool copies it 49 times
        ReceptiveField pool5 = new ReceptiveField(212, 212, 32, 32);
        ReceptiveField copied = pool5.adaptive(Size2d.ONE, Size2d.square(7));
        assertEquals(212, copied.sizeHeight());
        ReceptiveField flat = copied.through(Size2d.square(7), Size2d.square(7), Size2d.ONE);
        assertEquals(new ReceptiveField(212, 212, 32, 32), flat);
    }

    @Test
    void anEnlargingPoolStillSeesEveryDistinctCell() {
        // 5 -> 7: windows of 1 or 2 cells; the flatten of all 7 positions sees the 5 cells, 4 jumps wide
        ReceptiveField field = ReceptiveField.PIXEL.adaptive(Size2d.square(5), Size2d.square(7));
        assertEquals(2, field.sizeHeight());
        assertEquals(5, field.through(Size2d.square(7), Size2d.square(7), Size2d.ONE).sizeHeight());
        // a 3x3 conv over the 7 positions sees at most 3 cells
        assertEquals(3, field.through(Size2d.square(3), Size2d.ONE, Size2d.ONE).sizeHeight());
    }

    @Test
    void aShrinkingOrEqualPoolActsAsAWindowOfItsWidestSpan() {
        ReceptiveField field = new ReceptiveField(196, 196, 16, 16).adaptive(Size2d.square(14), Size2d.square(7));
        assertEquals(new ReceptiveField(212, 212, 32, 32), field);
        assertEquals(new ReceptiveField(212, 212, 32, 32),
                new ReceptiveField(212, 212, 32, 32).adaptive(Size2d.square(7), Size2d.square(7)));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS) // it took 18 s with a loop over every output position
    void anOutputOfABillionPositionsIsAnalysedInstantly() {
        NetworkReport report = analyze(Shape.of(1, 1, 3), NodeSpec.of("pool",
                new AdaptiveAvgPoolSpec(new Size2d(1, 1_000_000_000))), NodeSpec.of("back",
                new AdaptiveAvgPoolSpec(new Size2d(1, 7))));
        assertTrue(report.isValid(), report.problems().toString());
        LayerReport pool = layer(report, "pool");
        assertEquals(2_000_000_000L, pool.otherOps());
        assertEquals("1x2", pool.receptiveField().sizeText()); // some windows straddle two of the 3 cells
        assertEquals("1x2", layer(report, "back").receptiveField().sizeText()); // each seventh spans 2 cells
    }
}
