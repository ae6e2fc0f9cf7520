package org.cnnexplorer.ui.compare;

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
        rows.add(row("Network", entries, e -> e.spec().name()));
        rows.add(row("Input (CxHxW)", entries, e -> e.settings().input().toString()));
        rows.add(row("Classes", entries, e -> Integer.toString(e.settings().classes())));
        rows.add(row("Batch, dtype, optimizer", entries, e -> settingsText(e.settings())));
        for (Metric metric : Metric.values()) {
            List<String> row = new ArrayList<>(List.of(metric.label() + (plain && metric.isBytes() ? " (bytes)" : "")));
            for (NetworkReport report : reports) {
                long value = metric.of(report.totals());
                row.add(plain ? Long.toString(value)
                        : metric.isBytes() ? Numbers.bytes(value) : Numbers.grouped(value));
            }
            rows.add(row);
        }
        rows.add(CompareFormats.largest("Largest layer by params", reports, true));
        rows.add(CompareFormats.largest("Largest layer by activations", reports, false));
        return rows;
    }

    private static List<String> row(String title, List<CompareEntry> entries,
                                    java.util.function.Function<CompareEntry, String> cell) {
        List<String> row = new ArrayList<>(List.of(title));
        entries.forEach(e -> row.add(cell.apply(e)));
        return row;
    }

    private static String settingsText(AnalysisSettings s) {
        return "batch " + s.batch() + " " + s.dtype().id() + " " + s.optimizer().id();
    }

    private static String notes(List<CompareEntry> entries, List<NetworkReport> reports) {
        StringBuilder out = new StringBuilder("\nMACs = conv + dense multiply-accumulates.\n");
        if (!reports.isEmpty()) {
            out.append(ScalingText.settingsLine(reports.get(0).settings())).append(".\n");
        }
        for (int i = 0; i < reports.size(); i++) {
            String label = entries.get(i).label();
            reports.get(i).problems().forEach(p -> out.append("PROBLEM in ").append(label).append(": ").append(p)
                    .append('\n'));
        }
        return out.toString();
    }

    private static String csvCell(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
