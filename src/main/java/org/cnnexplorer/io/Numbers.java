package org.cnnexplorer.io;

import java.util.Locale;
import org.cnnexplorer.core.Totals;
import org.cnnexplorer.i18n.Messages;

/** Number formatting shared by the text renderings: grouped integers, SI-scaled counts, MiB. */
public final class Numbers {

    private Numbers() {
    }

    /** {@code 61,100,840}. */
    public static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** {@code 61.1 M}, {@code 4.09 G}, {@code 840}. */
    public static String scaled(long value) {
        String[] units = {"", " k", " M", " G", " T", " P"};
        double v = value;
        int unit = 0;
        while (Math.abs(v) >= 1000 && unit < units.length - 1) {
            v /= 1000;
            unit++;
        }
        if (unit == 0) {
            return Long.toString(value);
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f%s" : v >= 10 ? "%.1f%s" : "%.2f%s", v, units[unit]);
    }

    /**
     * Bytes as mebibytes, {@code 233.1 MiB} (or KiB / GiB when that reads better);
     * {@code more than 8 EiB} for a figure that does not fit ({@link Totals#TOO_LARGE}).
     */
    public static String bytes(long bytes) {
        if (bytes == Totals.TOO_LARGE) {
            return Messages.text("io.number.tooLarge");
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024 * 10) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    /** A loss as training shows it: {@code 2.302585 -> "2.3026"}. */
    public static String loss(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** A value spanning many orders of magnitude (gradient norms): {@code 1.1e-13 -> "1.10e-13"}. */
    public static String scientific(double value) {
        return String.format(Locale.ROOT, "%.2e", value);
    }
}
