package org.cnnexplorer.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.i18n.Messages;

/**
 * The Compare tab's comparison for a file: one column per compared network under its title (two
 * columns may be the same network at two sizes), starting with the network's name, input size,
 * classes, batch, dtype and optimizer the column was analysed at, then {@link CompareFormats}'s
 * rows of every metric and the largest layers.
 */
public final class CompareColumns {

    /** One column: its title, the name of its network and the settings it was analysed with. */
    public record Column(String title, String network, AnalysisSettings settings) {
    }

    private CompareColumns() {
    }

    /** Plain numbers (memory in bytes); cells quoted as RFC 4180 says (a comma, a quote or a line break). */
    public static String csv(List<Column> columns, List<NetworkReport> reports) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : table(columns, reports, true)) {
            out.append(String.join(",", row.stream().map(CompareColumns::quoted).toList())).append('\n');
        }
        return out.toString();
    }

    /** Grouped numbers and memory in KiB, MiB or GiB; the conventions, scaling and problems below the table. */
    public static String markdown(List<Column> columns, List<NetworkReport> reports) {
        List<List<String>> rows = table(columns, reports, false);
        return TextTable.markdown(rows.get(0), rows.subList(1, rows.size()), 1) + notes(columns, reports);
    }

    private static List<List<String>> table(List<Column> columns, List<NetworkReport> reports, boolean plain) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("", columns, Column::title));
        rows.add(row(Messages.text("compare.row.network"), columns, Column::network));
        rows.add(row(Messages.text("compare.row.input"), columns, c -> c.settings().input().toString()));
        rows.add(row(Messages.text("compare.row.classes"), columns, c -> Integer.toString(c.settings().classes())));
        rows.add(row(Messages.text("compare.row.settings"), columns, c -> Messages.text("compare.settings",
                c.settings().batch(), c.settings().dtype().id(), c.settings().optimizer().id())));
        rows.addAll(CompareFormats.figureRows(reports, plain));
        return rows;
    }

    private static List<String> row(String title, List<Column> columns, Function<Column, String> cell) {
        List<String> row = new ArrayList<>(List.of(title));
        columns.forEach(c -> row.add(cell.apply(c)));
        return row;
    }

    private static String notes(List<Column> columns, List<NetworkReport> reports) {
        StringBuilder out = new StringBuilder("\n").append(Messages.text("compare.macs-note")).append('\n');
        if (!reports.isEmpty()) {
            out.append(ScalingText.settingsLine(reports)).append(".\n");
        }
        for (int i = 0; i < reports.size(); i++) {
            String title = columns.get(i).title();
            reports.get(i).problems().forEach(p -> out.append(Messages.text("compare.problem-in", title, p))
                    .append('\n'));
        }
        return out.toString();
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
