package org.cnnexplorer.lessons;

import java.util.Locale;

/** Number formats of the lessons' texts: grouped integers, millions, ratios and percentages. */
final class Numbers {

    private Numbers() {
    }

    /** {@code 163840000 -> "163,840,000"}. */
    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** {@code 163840000 -> "163.8M"}. */
    static String millions(long value) {
        return String.format(Locale.ROOT, "%.1fM", value / 1e6);
    }

    /** {@code (163840000, 16384000) -> "10.0x"}. */
    static String ratio(long larger, long smaller) {
        return smaller == 0 ? "n/a" : String.format(Locale.ROOT, "%.1fx", (double) larger / smaller);
    }

    /** {@code (1, 4) -> "25.0 %"}. */
    static String percent(long part, long whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }
}
