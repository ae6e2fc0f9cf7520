package org.cnnexplorer.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cnnexplorer.core.Conventions;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Numbers;

/** A network report as rows of text cells, shared by the table, CSV and Markdown renderings. */
final class ReportRows {

    /**
     * The column names as data (CSV: English, read by scripts); the compute column is named by the
     * conventions ({@code MACs} or {@code FLOPs}).
     */
    static List<String> header(NetworkReport report) {
        return List.of("layer", "type", "input", "output", "kernel/stride/pad", "params",
                report.settings().conventions().computeName(), "activations", "RF size", "RF jump");
    }

    /** The column names as text, in the current language (text table, Markdown). */
    static List<String> headerText(NetworkReport report) {
        return List.of(Messages.text("report.column.layer"), Messages.text("report.column.type"),
                Messages.text("report.column.input"), Messages.text("report.column.output"),
                Messages.text("report.column.kernel"), Messages.text("report.column.params"),
                report.settings().conventions().computeName(), Messages.text("report.column.activations"),
                Messages.text("report.column.rfSize"), Messages.text("report.column.rfJump"));
    }

    private ReportRows() {
    }

    /** One row per layer; {@code indent} prefixes names by block depth, {@code exact} groups digits. */
    static List<List<String>> layers(NetworkReport report, boolean indent) {
        List<List<String>> rows = new ArrayList<>();
        for (LayerReport layer : report.layers()) {
            rows.add(row(layer, report.settings().conventions(), indent));
        }
        return rows;
    }

    private static List<String> row(LayerReport layer, Conventions conventions, boolean indent) {
        String name = (indent ? "  ".repeat(layer.blockPath().size()) : "") + layer.name();
        String input = layer.inputShapes().stream().map(Shape::toString).collect(Collectors.joining(" + "));
        String output = layer.isValid() ? layer.output().toString() : layer.isBlocked() ? "-" : "INVALID";
        boolean valid = layer.isValid();
        return List.of(name, layer.type(), input, output, layer.settings(),
                valid ? Numbers.grouped(layer.params()) : "-",
                valid ? Numbers.grouped(conventions.compute(layer)) : "-",
                valid ? Numbers.grouped(layer.activationElements()) : "-",
                valid ? layer.receptiveField().sizeText() : "-", valid ? layer.receptiveField().jumpText() : "-");
    }

    /** Label/value pairs of the totals, in reading order; first a partial label when layers cannot run. */
    static List<List<String>> totals(NetworkReport report) {
        List<List<String>> rows = new ArrayList<>();
        if (report.isPartial()) {
            rows.add(List.of(Messages.text("report.total.totals"), report.partialLabel()));
        }
        rows.addAll(figures(report));
        return rows;
    }

    private static List<List<String>> figures(NetworkReport report) {
        var t = report.totals();
        var s = report.settings();
        String dtype = s.dtype().id();
        return List.of(
                List.of(Messages.text("report.total.params"), Numbers.grouped(t.params())),
                List.of(Messages.text("report.total.trainable"), Numbers.grouped(t.trainableParams())),
                List.of(Messages.text("report.total.nonTrainable"), Numbers.grouped(t.nonTrainableParams())),
                List.of(Messages.text("report.total.buffers"), Numbers.grouped(t.buffers())),
                List.of(Messages.text("report.total.macs"), Numbers.grouped(t.macs())
                        + " (" + Numbers.scaled(t.macs()) + ")"),
                List.of(Messages.text(s.conventions().countBias() ? "report.total.flopsBias" : "report.total.flops"),
                        Numbers.grouped(t.flops()) + " (" + Numbers.scaled(t.flops())
                        + ")"),
                List.of(Messages.text("report.total.otherOps"), Numbers.grouped(t.otherOps())),
                List.of(Messages.text("report.total.depth"), Integer.toString(t.depth())),
                List.of(Messages.text("report.total.paramMemory", dtype), Numbers.bytes(t.paramBytes())),
                List.of(Messages.text("report.total.inference", s.batch(), dtype), Numbers.bytes(t.inferenceBytes())
                        + " (" + Messages.text("report.total.peak", Numbers.bytes(t.peakActivationBytes())) + ")"),
                List.of(Messages.text("report.total.training", s.batch(), dtype, s.optimizer().id()),
                        Numbers.bytes(t.trainingBytes()) + " (" + trainingParts(report) + ")"));
    }

    /** What training keeps besides the parameters and buffers: activations, gradients, optimizer state. */
    private static String trainingParts(NetworkReport report) {
        var t = report.totals();
        int slots = report.settings().optimizer().stateSlots();
        String activations = Numbers.bytes(t.activationBytes());
        String gradients = Numbers.bytes(t.gradientBytes());
        return slots == 0 ? Messages.text("report.parts.noState", activations, gradients)
                : Messages.text("report.parts", activations, gradients, Numbers.bytes(t.optimizerBytes()));
    }
}
