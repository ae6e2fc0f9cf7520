package org.cnnexplorer.io.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.Metric;
import org.cnnexplorer.core.MinimumInput;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Numbers;
import org.cnnexplorer.io.Printable;

/**
 * Side-by-side resource tables of several networks, one column per network headed by its id: the
 * command line's table, CSV, Markdown and JSON. The Compare tab's export ({@link CompareColumns})
 * shares the figure rows.
 */
public final class CompareFormats {

    private CompareFormats() {
    }

    public static String table(List<NetworkReport> reports) {
        return TextTable.render(header(reports), rows(reports), 1) + notes(reports);
    }

    public static String markdown(List<NetworkReport> reports) {
        return TextTable.markdown(header(reports), rows(reports), 1) + notes(reports);
    }

    public static String csv(List<NetworkReport> reports) {
        StringBuilder out = new StringBuilder(csvLine(header(reports)));
        for (List<String> row : rows(reports)) {
            out.append(csvLine(row));
        }
        return out.append(csvLine(List.of(ScalingText.settingsLine(reports)))).toString();
    }

    public static String json(List<NetworkReport> reports) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode models = f.arrayNode();
        for (NetworkReport report : reports) {
            ObjectNode model = models.addObject().put("model", report.spec().id())
                    .put("input", report.settings().input().toString()).put("valid", report.isValid());
            for (Metric metric : Metric.values()) {
                model.put(camel(metric), metric.of(report.totals()));
            }
            model.put("largestByParams", report.largestByParams().name())
                    .put("largestByActivations", report.largestByActivations().name());
            model.put("partial", report.isPartial());
            if (report.isPartial()) {
                model.put("partialBefore", report.firstBroken().name())
                        .put("uncountedLayers", report.uncountedLayers());
            }
            if (!report.isValid()) {
                MinimumInput.forProblem(report).ifPresentOrElse(
                        size -> model.putObject("runsFrom").put("height", size.height()).put("width", size.width()),
                        () -> model.putNull("runsFrom"));
            }
        }
        ObjectNode root = f.objectNode();
        root.set("conventions", ReportFormats.conventionsJson(reports.get(0).settings().conventions(), f));
        root.set("scaling", ScalingText.json(reports.get(0).settings().scaling(), f));
        return SafeJson.pretty(root.set("models", models)) + "\n";
    }

    private static List<String> header(List<NetworkReport> reports) {
        List<String> header = new ArrayList<>(List.of(""));
        reports.forEach(r -> header.add(r.spec().id()));
        return header;
    }

    private static List<List<String>> rows(List<NetworkReport> reports) {
        List<List<String>> rows = figureRows(reports, false);
        List<String> input = new ArrayList<>(List.of(Messages.text("report.compare.input")));
        List<String> counted = new ArrayList<>(List.of(Messages.text("report.compare.counted")));
        for (NetworkReport report : reports) {
            input.add(report.settings().input().toString());
            LayerReport broken = report.firstBroken();
            counted.add(broken == null ? Messages.text("report.compare.all")
                    : Messages.text("report.compare.partial", broken.name()));
        }
        rows.add(input);
        rows.add(counted);
        return rows;
    }

    /**
     * A row per {@link Metric}, then the largest layers by parameters and by activations. Plain:
     * numbers as they are (memory in bytes, which the title says) for a spreadsheet; otherwise grouped
     * ({@code 61,100,840}) and memory in KiB, MiB or GiB.
     */
    static List<List<String>> figureRows(List<NetworkReport> reports, boolean plain) {
        List<List<String>> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            rows.add(metricRow(metric, reports, plain));
        }
        rows.add(largest(Messages.text("compare.row.largest-params"), reports, true));
        rows.add(largest(Messages.text("compare.row.largest-activations"), reports, false));
        return rows;
    }

    private static List<String> metricRow(Metric metric, List<NetworkReport> reports, boolean plain) {
        String title = plain && metric.isBytes() ? Messages.text("compare.row.bytes", metric.label())
                : metric.label();
        List<String> row = new ArrayList<>(List.of(title));
        for (NetworkReport report : reports) {
            long value = metric.of(report.totals());
            row.add(plain ? Long.toString(value) : metric.isBytes() ? Numbers.bytes(value) : Numbers.grouped(value));
        }
        return row;
    }

    /** A row naming each network's largest layer by parameters (or activations) and its size, e.g. "fc6 (37.7 M)". */
    private static List<String> largest(String label, List<NetworkReport> reports, boolean byParams) {
        List<String> row = new ArrayList<>(List.of(label));
        for (NetworkReport report : reports) {
            LayerReport layer = byParams ? report.largestByParams() : report.largestByActivations();
            long value = byParams ? layer.params() : layer.activationElements();
            row.add(layer.name() + " (" + Numbers.scaled(value) + ")");
        }
        return row;
    }

    private static String notes(List<NetworkReport> reports) {
        StringBuilder out = new StringBuilder();
        var s = reports.get(0).settings();
        out.append('\n').append(Messages.text("report.compare.memory", s.batch(), s.dtype().id(), s.optimizer().id(),
                Messages.text("compare.macs-note"))).append('\n').append(ScalingText.settingsLine(reports))
                .append(".\n");
        for (NetworkReport report : reports) {
            report.problems().forEach(p -> out.append(
                    Printable.of(Messages.text("compare.problem-in", report.spec().id(), p))).append('\n'));
            String runsFrom = MinimumInput.phrase(report);
            if (!runsFrom.isEmpty()) {
                out.append(Printable.of(report.spec().id())).append(' ').append(runsFrom).append('\n');
            }
        }
        return out.toString();
    }

    private static String csvLine(List<String> cells) {
        return String.join(",", cells.stream().map(c -> ReportFormats.csvCell(ReportFormats.csvValue(c))).toList())
                + "\n";
    }

    private static String camel(Metric metric) {
        String[] parts = metric.name().toLowerCase().split("_");
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return out.toString();
    }
}
