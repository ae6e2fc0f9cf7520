package org.cnnexplorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossGuardTest {

    @Test
    void nanStopsAtOnceWithTheLearningRateToTry() {
        assertEquals("the loss became NaN at epoch 1, iteration 3; try a lower learning rate than 0.1 "
                + "(for example 0.01)", new LossGuard().check(Double.NaN, Double.NaN, 1, 3, 0.1));
    }

    @Test
    void suggestedRateIsWrittenAsPeopleWriteIt() {
        assertEquals("the loss became NaN at epoch 2, iteration 22; try a lower learning rate than 0.003 "
                + "(for example 0.0003)", new LossGuard().check(Double.NaN, Double.NaN, 2, 22, 0.003));
        assertEquals("0.0001", TrainingSettings.formatRate(1e-4));
        assertEquals("0.001", TrainingSettings.formatRate(1e-3));
        assertEquals("0.00001", TrainingSettings.formatRate(1e-5));
        assertEquals("2.96e-8", TrainingSettings.formatRate(2.9612e-8, 3));
        assertEquals("0", TrainingSettings.formatRate(0));
    }

    @Test
    void aStepFarAboveTheFirstLossIsAnExplosion() {
        LossGuard guard = new LossGuard();
        assertNull(guard.check(2.3, 2.3, 1, 1, 0.01));
        assertTrue(guard.check(60, 5, 1, 2, 0.01).startsWith("the loss exploded to 60.00 at epoch 1, iteration 2"));
    }

    @Test
    void aSmoothedLossStuckHighAfterTenStepsHasDiverged() {
        LossGuard guard = new LossGuard();
        assertNull(guard.check(2.3, 2.3, 1, 1, 1e6));
        for (int i = 2; i <= 10; i++) {
            assertNull(guard.check(15, 15, 1, i, 1e6), "step " + i);
        }
        assertTrue(guard.check(15, 15, 1, 11, 1e6).startsWith("the loss diverged: 15.00 on average at epoch 1"));
    }

    @Test
    void aResumedLowLossThatRisesBelowChanceLevelIsNotFlagged() {
        LossGuard guard = new LossGuard();
        for (int i = 1; i <= 20; i++) {
            assertNull(guard.check(0.05 * i, 0.05 * i, 3, i, 1e-3), "step " + i);
        }
    }

    @Test
    void ordinaryTrainingPassesQuietly() {
        LossGuard guard = new LossGuard();
        LossSmoother smoother = new LossSmoother(0.95);
        for (int i = 1; i <= 200; i++) {
            double loss = 2.3 * Math.exp(-i / 50.0) + 0.1 * Math.sin(i);
            assertNull(guard.check(loss, smoother.add(loss), 1, i, 1e-3));
        }
    }
}
