package org.cnnexplorer.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TensorStatsTest {

    @ParameterizedTest(name = "{0} values")
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8, 1001})
    void agreesWithOneValueAtATimeForEveryLengthAndTail(int length) {
        Random random = new Random(length);
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextInt(3) == 0 ? 0f : (float) random.nextGaussian() * 10;
        }
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        double sum = 0;
        int zeros = 0;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
            zeros += v == 0 ? 1 : 0;
        }
        TensorStats stats = TensorStats.of(values);
        assertEquals(min, stats.min());
        assertEquals(max, stats.max());
        assertEquals(sum / length, stats.mean(), 1e-12 * (1 + Math.abs(sum)));
        assertEquals((double) zeros / length, stats.zeroFraction());
    }

    @Test
    void countsNegativeZeroAsZeroAndNothingElse() {
        TensorStats stats = TensorStats.of(new float[] {-0.0f, 0.0f, Float.MIN_VALUE, -Float.MIN_VALUE, 1, -1});
        assertEquals(2.0 / 6, stats.zeroFraction());
        assertEquals(-1f, stats.min());
        assertEquals(1f, stats.max());
    }

    @Test
    void aNanAnywhereMakesMinimumMaximumAndMeanNan() {
        for (int at = 0; at < 6; at++) {
            float[] values = {1, 2, 3, 4, 5, 6};
            values[at] = Float.NaN;
            TensorStats stats = TensorStats.of(values);
            assertTrue(Float.isNaN(stats.min()) && Float.isNaN(stats.max()) && Double.isNaN(stats.mean()),
                    "NaN at " + at + ": " + stats);
            assertEquals(0.0, stats.zeroFraction());
        }
    }

    @Test
    void anEmptyTensorHasAllFourZero() {
        assertEquals(new TensorStats(0, 0, 0, 0), TensorStats.of(new float[0]));
    }
}
