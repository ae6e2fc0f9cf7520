package org.cnnexplorer.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.training.MemoryUse;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingResult;
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

    @Test
    void finishedLineShowsThePredictedMemoryNextToTheMeasuredPeak() {
        Messages.setLanguage(Language.ENGLISH);
        TrainingResult result = new TrainingResult(0.9123, 0.3, new int[0][], List.of(), List.of(), 65, 812,
                new MemoryUse(432_013_312L, 1_299_177_472L));
        assertEquals("Finished in 1:05  |  test accuracy 91.2%  |  812 images/s  |  memory: predicted 412.0 MiB, "
                + "peak 1239.0 MiB (whole process, incl. JVM and native)",
                ProgressText.of(new TrainingEvent.Finished(result, false)));
    }

    @Test
    void aPeakNotMeasuredSaysSo() {
        Messages.setLanguage(Language.ENGLISH);
        assertEquals("  |  memory: predicted 1.0 MiB, peak not measured (whole process, incl. JVM and native)",
                ProgressText.memory(new MemoryUse(1_048_576, MemoryUse.UNKNOWN)));
    }

    @Test
    void aRunSavedWithoutMemoryFiguresShowsNone() {
        assertEquals("", ProgressText.memory(MemoryUse.NOT_RECORDED));
    }
}
