package org.cnnexplorer.io.report;

import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.io.Printable;

/**
 * Aligned plain-text and Markdown tables; columns from {@code firstNumeric} on align right. Widths are
 * terminal columns ({@link DisplayWidth}), so Korean headings take two columns a syllable.
 */
public final class TextTable {

    private TextTable() {
    }

    /** The aligned table; cells are {@link Printable}, so a name cannot break a line or reach the terminal raw. */
    public static String render(List<String> headerCells, List<List<String>> rowCells, int firstNumeric) {
        List<String> header = printable(headerCells);
        List<List<String>> rows = rowCells.stream().map(TextTable::printable).toList();
        int[] widths = widths(header, rows);
        StringBuilder out = new StringBuilder();
        line(out, header, widths, firstNumeric);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(out, rule, widths, firstNumeric);
        rows.forEach(row -> line(out, row, widths, firstNumeric));
        return out.toString();
    }

    public static String markdown(List<String> header, List<List<String>> rows, int firstNumeric) {
        StringBuilder out = new StringBuilder("| " + String.join(" | ", markdownCells(header)) + " |\n|");
        for (int i = 0; i < header.size(); i++) {
            out.append(i >= firstNumeric ? "---:|" : "---|");
        }
        out.append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", markdownCells(row))).append(" |\n");
        }
        return out.toString();
    }

    private static List<String> printable(List<String> cells) {
        return cells.stream().map(Printable::of).toList();
    }

    private static List<String> markdownCells(List<String> cells) {
        return cells.stream().map(c -> Printable.of(c).replace("|", "\\|")).toList();
    }

    private static int[] widths(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = DisplayWidth.of(header.get(i));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
            }
        }
        return widths;
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths, int firstNumeric) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            String padded = i >= firstNumeric ? DisplayWidth.padLeft(cell, widths[i])
                    : DisplayWidth.padRight(cell, widths[i]);
            line.append(padded).append(i + 1 < widths.length ? "  " : "");
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
