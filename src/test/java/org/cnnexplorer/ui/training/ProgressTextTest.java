package org.cnnexplorer.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cnnexplorer.training.TrainingEvent;
import org.junit.jupiter.api.Test;

/** The one-line progress of a running training, as the window shows it. */
class ProgressTextTest {

    @Test
    void iterationLineShowsLossLearningRateSpeedAndTimeLeft() {
        TrainingEvent.Iteration step = new TrainingEvent.Iteration(2, 1200, 1876, 0.61, 0.4321, 0.0027134, 5812.4,
                20.5, 65);
        assertEquals("epoch 2  |  iteration 1,200 / 1,876  |  loss 0.432  |  learning rate 0.00271  |  "
                + "5,812 images/s  |  ETA 1:05", ProgressText.of(step));
    }

    @Test
    void unknownTimeLeftIsADash() {
        TrainingEvent.Iteration first = new TrainingEvent.Iteration(1, 1, 938, 2.3, 2.3, 0.001, 100, 0.1, -1);
        assertEquals("epoch 1  |  iteration 1 / 938  |  loss 2.300  |  learning rate 0.001  |  100 images/s  |  ETA -",
                ProgressText.of(first));
    }
}
