package org.cnnexplorer.lessons;

import java.util.Locale;

import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;

/** Number formats of the lessons' texts: grouped integers, millions, ratios and percentages. */
final class Numbers {

    private Numbers() {
    }

    /** {@code 163840000 -> "163,840,000"}. */
    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * {@code 163840000 -> "163.8M"}; in Korean in units of 10^4 (만) and 10^8 (억) as the study notes
     * count, to the nearest 만: {@code "1억 6,384만"}, {@code "1,638만"}, {@code "1억"} (below 만 the number).
     */
    static String millions(long value) {
        if (Messages.language() == Language.KOREAN) {
            if (value < 10_000) {
                return grouped(value);
            }
            long man = Math.round(value / 1e4);
            long eok = man / 10_000;
            String rest = man % 10_000 == 0 ? "" : grouped(man % 10_000) + "만";
            return eok == 0 ? rest : (eok + "억" + (rest.isEmpty() ? "" : " " + rest));
        }
        return String.format(Locale.ROOT, "%.1fM", value / 1e6);
    }

    /** {@code (163840000, 16384000) -> "10.0x"} (Korean: {@code "10.0배"}). */
    static String ratio(long larger, long smaller) {
        return smaller == 0 ? Messages.text("lesson.na")
                : Messages.text("lesson.ratio", String.format(Locale.ROOT, "%.1f", (double) larger / smaller));
    }

    /** {@code (1, 4) -> "25.0 %"}. */
    static String percent(long part, long whole) {
        return whole == 0 ? Messages.text("lesson.na") : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }
}
