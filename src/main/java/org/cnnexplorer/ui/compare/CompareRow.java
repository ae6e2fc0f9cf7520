package org.cnnexplorer.ui.compare;

import java.util.List;
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

    /** {@code 2.3x}, {@code 0.05x}, {@code baseline} for the first column. */
    public String ratioText(int column) {
        double ratio = ratios.get(column);
        if (Double.isNaN(ratio)) {
            return "";
        }
        if (column == 0) {
            return "baseline";
        }
        return (ratio >= 100 ? String.format(java.util.Locale.ROOT, "%.0fx", ratio)
                : ratio >= 10 ? String.format(java.util.Locale.ROOT, "%.1fx", ratio)
                : String.format(java.util.Locale.ROOT, "%.2fx", ratio));
    }
}
