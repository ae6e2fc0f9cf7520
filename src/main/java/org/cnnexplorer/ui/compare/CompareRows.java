package org.cnnexplorer.ui.compare;

import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.core.Metric;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.io.Numbers;

/** Builds the comparison rows, one per {@link Metric}, from the analysed networks. */
public final class CompareRows {

    private CompareRows() {
    }

    public static List<CompareRow> of(List<NetworkReport> reports) {
        List<CompareRow> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            rows.add(row(metric, reports));
        }
        return rows;
    }

    static CompareRow row(Metric metric, List<NetworkReport> reports) {
        List<Long> values = reports.stream().map(r -> metric.of(r.totals())).toList();
        List<String> texts = values.stream().map(v -> metric.isBytes() ? Numbers.bytes(v) : Numbers.grouped(v))
                .toList();
        List<String> shortTexts = values.stream().map(v -> metric.isBytes() ? Numbers.bytes(v) : Numbers.scaled(v))
                .toList();
        long first = values.isEmpty() ? 0 : values.get(0);
        List<Double> ratios = values.stream().map(v -> first == 0 ? Double.NaN : (double) v / first).toList();
        int best = -1;
        int worst = -1;
        if (values.stream().distinct().count() > 1) {
            best = values.indexOf(values.stream().min(Long::compare).orElseThrow());
            worst = values.indexOf(values.stream().max(Long::compare).orElseThrow());
        }
        return new CompareRow(metric, values, texts, shortTexts, ratios, best, worst);
    }
}
