package org.cnnexplorer.ui.common;

/**
 * Log-scale plotting on JavaFX's linear axes: values are plotted as log10 and the ticks, one per
 * decade, are labelled with the value they stand for ({@code 1 k}, {@code 1 M}). Zero and
 * negative values sit on the axis (plotted as 1).
 */
public final class LogScale {

    /** Spread (largest / smallest positive value) from which a comparison switches to log scale. */
    public static final double SPREAD_FOR_LOG = 100;

    private LogScale() {
    }

    public static double toAxis(double value) {
        return value > 1 ? Math.log10(value) : 0;
    }

    public static double fromAxis(double axis) {
        return Math.pow(10, axis);
    }

    private static final String[] UNITS = {"", " k", " M", " G", " T", " P", " E"};

    /** The label of a tick at {@code axis}: {@code 1}, {@code 10}, {@code 100}, {@code 1 k}, ... {@code 1 M} at 6. */
    public static String tickLabel(double axis) {
        long decade = Math.round(axis);
        if (Math.abs(axis - decade) > 1e-9 || decade < 0 || decade / 3 >= UNITS.length) {
            return "";
        }
        return (long) Math.pow(10, decade % 3) + UNITS[(int) (decade / 3)];
    }

    /** The first decade above every value, so the tallest bar fits under the top tick. */
    public static double upperBound(double maxValue) {
        return Math.max(1, Math.ceil(toAxis(maxValue) + 1e-9));
    }

    /** True when the positive values spread over {@link #SPREAD_FOR_LOG} or more. */
    public static boolean needsLog(double... values) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double v : values) {
            if (v > 0) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return max > 0 && max / min >= SPREAD_FOR_LOG;
    }
}
