package org.cnnexplorer.ui.common;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;
import org.cnnexplorer.io.Numbers;

/** Sets up a chart's value axis as a labelled log scale (values plotted as log10) or a linear one. */
public final class ValueAxes {

    private ValueAxes() {
    }

    /** One tick per decade from 1 up to the decade above {@code max}; plot {@link LogScale#toAxis} values. */
    public static void log(NumberAxis axis, double max) {
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(LogScale.upperBound(max));
        axis.setTickUnit(1);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(converter(true));
    }

    /** Automatic range with counts shown as {@code 1.5 M}. */
    public static void linear(NumberAxis axis) {
        axis.setAutoRanging(true);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(converter(false));
    }

    private static StringConverter<Number> converter(boolean log) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return log ? LogScale.tickLabel(value.doubleValue()) : Numbers.scaled(Math.round(value.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        };
    }
}
