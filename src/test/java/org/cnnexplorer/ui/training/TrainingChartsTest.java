package org.cnnexplorer.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The loss chart's iteration ticks: 1, 2 or 5 times a power of ten, as few as the axis has room for. */
class TrainingChartsTest {

    @ParameterizedTest
    @CsvSource({"188, 8, 50", "188, 10, 20", "188, 4, 50", "188, 2, 100", "9, 10, 1", "1, 2, 1", "2800, 6, 500", "100000, 5, 20000"})
    void theTickUnitIsARoundNumberThatFitsTheTicks(double last, int ticks, double unit) {
        assertEquals(unit, TrainingCharts.tickUnit(last, ticks));
    }
}
