package org.cnnexplorer.ui.compare;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.Metric;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.io.CompareFormats;
import org.cnnexplorer.io.Numbers;
import org.cnnexplorer.io.ScalingText;
import org.cnnexplorer.io.TextTable;

/**
 * The comparison as the Compare tab shows it, for a file: one column per compared network under
 * its column title, starting with the input size, classes, batch, dtype and optimizer each
 * column was analysed at (two columns may be the same network at two sizes), then every metric
 * and the largest layers; problems below. CSV has plain numbers (bytes for memory), Markdown the
 * grouped and scaled texts.
 */
public final class CompareExport {

    private CompareExport() {
    }

    public static String csv(List<CompareEntry> entries, List<NetworkReport> reports) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : table(entries, reports, true)) {
            out.append(String.join(",", row.stream().map(CompareExport::csvCell).toList())).append('\n');
        }
        return out.toString();
    }

    public static String markdown(List<CompareEntry> entries, List<NetworkReport> reports) {
        List<List<String>> rows = table(entries, reports, false);
        return TextTable.markdown(rows.get(0), rows.subList(1, rows.size()), 1) + notes(entries, reports);
    }

    private static List<List<String>> table(List<CompareEntry> entries, List<NetworkReport> reports, boolean plain) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("", entries, CompareEntry::label));
        rows.add(row(text("compare.row.network"), entries, e -> e.spec().name()));
        rows.add(row(text("compare.row.input"), entries, e -> e.settings().input().toString()));
        rows.add(row(text("compare.row.classes"), entries, e -> Integer.toString(e.settings().classes())));
        rows.add(row(text("compare.row.settings"), entries, e -> settingsText(e.settings())));
        for (Metric metric : Metric.values()) {
            String title = plain && metric.isBytes() ? text("compare.row.bytes", metric.label()) : metric.label();
            List<String> row = new ArrayList<>(List.of(title));
            for (NetworkReport report : reports) {
                long value = metric.of(report.totals());
                row.add(plain ? Long.toString(value)
                        : metric.isBytes() ? Numbers.bytes(value) : Numbers.grouped(value));
            }
            rows.add(row);
        }
        rows.add(CompareFormats.largest(text("compare.row.largest-params"), reports, true));
        rows.add(CompareFormats.largest(text("compare.row.largest-activations"), reports, false));
        return rows;
    }

    private static List<String> row(String title, List<CompareEntry> entries,
                                    java.util.function.Function<CompareEntry, String> cell) {
        List<String> row = new ArrayList<>(List.of(title));
        entries.forEach(e -> row.add(cell.apply(e)));
        return row;
    }

    private static String settingsText(AnalysisSettings s) {
        return text("compare.settings", s.batch(), s.dtype().id(), s.optimizer().id());
    }

    private static String notes(List<CompareEntry> entries, List<NetworkReport> reports) {
        StringBuilder out = new StringBuilder("\n").append(text("compare.macs-note")).append('\n');
        if (!reports.isEmpty()) {
            out.append(ScalingText.settingsLine(reports)).append(".\n");
        }
        for (int i = 0; i < reports.size(); i++) {
            String label = entries.get(i).label();
            reports.get(i).problems().forEach(p -> out.append(text("compare.problem-in", label, p))
                    .append('\n'));
        }
        return out.toString();
    }

    private static String csvCell(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
