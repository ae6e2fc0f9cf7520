package org.cnnexplorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressClockTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void speedAndTimeLeftComeFromTheImagesTrained() {
        ProgressClock clock = new ProgressClock(0);
        clock.add(64, SECOND / 100);
        for (int i = 2; i <= 300; i++) {
            clock.add(64, i * SECOND / 100);
        }
        assertEquals(6400, clock.imagesPerSecond(), 100);
        assertEquals(10, clock.etaSeconds(64_000), 0.2);
        assertEquals(3.0, clock.elapsedSeconds(3 * SECOND), 1e-9);
    }

    @Test
    void pausedTimeCountsNeitherAsElapsedNorAgainstTheSpeed() {
        ProgressClock clock = new ProgressClock(0);
        clock.add(100, SECOND);
        clock.pause(SECOND);
        clock.resume(11 * SECOND);
        clock.add(100, 12 * SECOND);
        assertEquals(2.0, clock.elapsedSeconds(12 * SECOND), 1e-9);
        assertEquals(100, clock.imagesPerSecond(), 1);
    }

    @Test
    void timeLeftIsUnknownBeforeTheFirstStep() {
        assertEquals(-1, new ProgressClock(0).etaSeconds(1000));
    }

    @Test
    void smoothingCorrectsTheStartSoTheFirstValueIsTheFirstLoss() {
        LossSmoother smoother = new LossSmoother(0.9);
        assertEquals(2.0, smoother.add(2.0), 1e-12);
        assertEquals((0.9 * 0.1 * 2 + 0.1 * 1) / (1 - 0.81), smoother.add(1.0), 1e-12);
    }
}
