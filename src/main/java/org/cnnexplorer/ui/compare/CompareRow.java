package org.cnnexplorer.ui.compare;

import static org.cnnexplorer.i18n.Messages.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.cnnexplorer.core.Metric;

/**
 * One metric across the compared networks: values, their exact texts ({@code 61,100,840}) and
 * short texts ({@code 61.1 M}, readable from the back of a lecture hall), ratios to the first
 * column (NaN where the first is 0) and the columns of the lowest ({@code best}) and highest
 * ({@code worst}) values; -1 when all are equal.
 */
public record CompareRow(Metric metric, List<Long> values, List<String> texts, List<String> shortTexts,
                         List<Double> ratios, int best, int worst) {

    public CompareRow {
        values = List.copyOf(values);
        texts = List.copyOf(texts);
        shortTexts = List.copyOf(shortTexts);
        ratios = List.copyOf(ratios);
    }

    /** {@code 2.3x}, {@code 0.05x}, {@code 0.0024x}, {@code baseline} for the first column. */
    public String ratioText(int column) {
        double ratio = ratios.get(column);
        if (Double.isNaN(ratio)) {
            return "";
        }
        return column == 0 ? text("compare.baseline") : formatRatio(ratio);
    }

    /**
     * A ratio as people read it: {@code 37142x}, {@code 11.4x}, {@code 2.30x}, {@code 0.26x}, and
     * below 0.1 two significant digits ({@code 0.052x}, {@code 0.0024x}) so that a small network
     * against a large one never reads {@code 0.00x}; below 1/10,000 as a fraction ({@code 1/41000x}).
     */
    public static String formatRatio(double ratio) {
        if (ratio == 0) {
            return "0x";
        }
        if (ratio >= 100) {
            return String.format(Locale.ROOT, "%.0fx", ratio);
        }
        if (ratio >= 10) {
            return String.format(Locale.ROOT, "%.1fx", ratio);
        }
        if (ratio >= 0.1) {
            return String.format(Locale.ROOT, "%.2fx", ratio);
        }
        if (ratio >= 1e-4) {
            return new BigDecimal(ratio).round(new MathContext(2)).stripTrailingZeros().toPlainString() + "x";
        }
        return "1/" + new BigDecimal(1 / ratio).round(new MathContext(2)).toBigInteger() + "x";
    }
}
