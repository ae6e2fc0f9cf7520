package org.cnnexplorer.io.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.cnnexplorer.core.Conventions;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.MinimumInput;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Problem;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.Totals;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Printable;

/** Renders a {@link NetworkReport} as a text table, CSV, Markdown or machine-readable JSON. */
public final class ReportFormats {

    private ReportFormats() {
    }

    /** The summary as an aligned text table for terminals. */
    public static String table(NetworkReport report) {
        StringBuilder out = new StringBuilder(heading(report)).append("\n\n");
        out.append(TextTable.render(ReportRows.headerText(report), ReportRows.layers(report, true), 5)).append('\n');
        for (List<String> total : ReportRows.totals(report)) {
            out.append(DisplayWidth.padRight(total.get(0) + ":", 58)).append(' ').append(total.get(1))
                    .append(System.lineSeparator());
        }
        out.append(problems(report));
        return out.toString();
    }

    public static String csv(NetworkReport report) {
        StringBuilder out = new StringBuilder(csvLine(ReportRows.header(report)));
        for (List<String> row : ReportRows.layers(report, false)) {
            out.append(csvLine(row.stream().map(ReportFormats::csvValue).toList()));
        }
        out.append(csvLine(noteRow(report, ScalingText.settingsLine(report))));
        if (report.isPartial()) {
            // one last row, so that a spreadsheet's column sums are read as partial too
            out.append(csvLine(noteRow(report, report.partialLabel())));
        }
        return out.toString();
    }

    /** A row with the text in its first cell, as wide as the table. */
    private static List<String> noteRow(NetworkReport report, String text) {
        List<String> note = new ArrayList<>(Collections.nCopies(ReportRows.header(report).size(), ""));
        note.set(0, text);
        return note;
    }

    public static String markdown(NetworkReport report) {
        StringBuilder out = new StringBuilder("## ").append(heading(report)).append("\n\n");
        out.append(TextTable.markdown(ReportRows.headerText(report), ReportRows.layers(report, false), 5))
                .append('\n');
        List<String> totalsHeader = List.of(Messages.text("report.column.total"), Messages.text("report.column.value"));
        out.append(TextTable.markdown(totalsHeader, ReportRows.totals(report), 1));
        String problems = problems(report);
        return problems.isEmpty() ? out.toString() : out.append('\n').append(problems).toString();
    }

    /** The JSON described in the README, for scripts. */
    public static String json(NetworkReport report) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("model", report.spec().id());
        Shape in = report.settings().input();
        root.putObject("input").put("channels", in.channels()).put("height", in.height()).put("width", in.width());
        root.putObject("settings").put("classes", report.settings().classes()).put("batch", report.settings().batch())
                .put("dtype", report.settings().dtype().id()).put("optimizer", report.settings().optimizer().id())
                .set("conventions", conventionsJson(report.settings().conventions(), f));
        ((ObjectNode) root.get("settings")).set("scaling", ScalingText.json(report.settings().scaling(), f));
        ArrayNode layers = root.putArray("layers");
        report.layers().forEach(layer -> layers.add(layerJson(layer, report.settings().conventions(), f)));
        ObjectNode totals = totalsJson(report.totals(), f);
        totals.put("partial", report.isPartial());
        if (report.isPartial()) {
            totals.put("partialBefore", report.firstBroken().name()).put("uncountedLayers", report.uncountedLayers());
        }
        root.set("totals", totals);
        ArrayNode problems = root.putArray("problems");
        report.problems().forEach(p -> problems.addObject().put("layer", p.layer()).put("message", p.message()));
        if (!report.isValid()) {
            MinimumInput.forProblem(report).ifPresentOrElse(
                    size -> root.putObject("runsFrom").put("height", size.height()).put("width", size.width()),
                    () -> root.putNull("runsFrom"));
        }
        return SafeJson.pretty(root) + "\n";
    }

    /** The conventions the figures follow: {@code {"compute": "MACs", "countBias": false, "foldBatchNorm": false}}. */
    static ObjectNode conventionsJson(Conventions c, JsonNodeFactory f) {
        return f.objectNode().put("compute", c.computeName()).put("countBias", c.countBias())
                .put("foldBatchNorm", c.foldBatchNorm());
    }

    private static ObjectNode layerJson(LayerReport layer, Conventions conventions, JsonNodeFactory f) {
        ObjectNode node = f.objectNode().put("name", layer.name()).put("type", layer.type());
        node.put("settings", layer.settings());
        node.put("inputShape", layer.inputShapes().stream().map(Shape::toString).collect(Collectors.joining(", ")));
        node.put("outputShape", layer.isValid() ? layer.output().toString() : null);
        node.put("params", layer.params()).put("macs", layer.macs()).put("flops", layer.flops(conventions))
                .put("activationElements", layer.activationElements());
        if (layer.isValid()) {
            node.putObject("receptiveField").put("size", layer.receptiveField().sizeHeight())
                    .put("jump", layer.receptiveField().jumpHeight());
        }
        if (!layer.blockPath().isEmpty()) {
            node.put("block", String.join("/", layer.blockPath()));
        }
        if (layer.problem() != null) {
            node.put("problem", layer.problem());
        }
        return node;
    }

    private static ObjectNode totalsJson(Totals t, JsonNodeFactory f) {
        return f.objectNode().put("params", t.params()).put("trainableParams", t.trainableParams())
                .put("nonTrainableParams", t.nonTrainableParams()).put("buffers", t.buffers())
                .put("macs", t.macs()).put("flops", t.flops()).put("otherOps", t.otherOps())
                .put("activationElements", t.activationElements()).put("depth", t.depth())
                .put("paramBytes", bytes(t.paramBytes())).put("inferenceBytes", bytes(t.inferenceBytes()))
                .put("trainingBytes", bytes(t.trainingBytes()));
    }

    /** A byte figure, or null when it does not fit (the report's problems say so). */
    private static Long bytes(long value) {
        return value == Totals.TOO_LARGE ? null : value;
    }

    private static String heading(NetworkReport report) {
        var s = report.settings();
        return Printable.of(Messages.text("report.heading", report.spec().name(), report.spec().id(), s.input(),
                s.classes())) + "\n" + Printable.of(report.spec().variant()) + "\n"
                + ScalingText.settingsLine(report);
    }

    private static String problems(NetworkReport report) {
        if (report.isValid()) {
            return "";
        }
        String runsFrom = MinimumInput.phrase(report);
        return "\n" + Messages.text("report.problems") + "\n" + report.problems().stream()
                .map(Problem::toString).map(p -> "  " + Printable.of(p)).collect(Collectors.joining("\n")) + "\n"
                + (runsFrom.isEmpty() ? "" : "  " + Messages.text("report.runsFrom", runsFrom,
                report.settings().input().channels()) + "\n");
    }

    private static final java.util.regex.Pattern GROUPED_NUMBER = java.util.regex.Pattern.compile(
            "-?[0-9]{1,3}(,[0-9]{3})+");

    private static String csvLine(List<String> cells) {
        return cells.stream().map(ReportFormats::csvCell).collect(Collectors.joining(",")) + "\n";
    }

    /**
     * A cell as a spreadsheet reads it: a grouped number without its separators (61,706 -> 61706), any
     * other text with control characters escaped; {@link #csvCell} quotes it when needed.
     */
    static String csvValue(String cell) {
        String text = Printable.of(cell);
        return GROUPED_NUMBER.matcher(text).matches() ? text.replace(",", "") : text;
    }

    static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell.trim();
    }
}
