package org.cnnexplorer.io;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cnnexplorer.core.Conventions;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Shape;

/** A network report as rows of text cells, shared by the table, CSV and Markdown renderings. */
final class ReportRows {

    /** The column names; the compute column is named by the conventions ({@code MACs} or {@code FLOPs}). */
    static List<String> header(NetworkReport report) {
        return List.of("layer", "type", "input", "output", "kernel/stride/pad", "params",
                report.settings().conventions().computeName(), "activations", "RF size", "RF jump");
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
            rows.add(List.of("Totals", report.partialLabel()));
        }
        rows.addAll(figures(report));
        return rows;
    }

    private static List<List<String>> figures(NetworkReport report) {
        var t = report.totals();
        var s = report.settings();
        String per = " (batch " + s.batch() + ", " + s.dtype().id() + ")";
        return List.of(
                List.of("Total parameters", Numbers.grouped(t.params())),
                List.of("Trainable parameters", Numbers.grouped(t.trainableParams())),
                List.of("Non-trainable parameters", Numbers.grouped(t.nonTrainableParams())),
                List.of("Buffers (batch-norm running statistics)", Numbers.grouped(t.buffers())),
                List.of("MACs per image (conv + dense multiply-accumulates)", Numbers.grouped(t.macs())
                        + " (" + Numbers.scaled(t.macs()) + ")"),
                List.of("FLOPs per image (2 x MACs" + (s.conventions().countBias() ? " + bias additions)" : ")"),
                        Numbers.grouped(t.flops()) + " (" + Numbers.scaled(t.flops())
                        + ")"),
                List.of("Other ops per image (pool, activation, norm, add)", Numbers.grouped(t.otherOps())),
                List.of("Depth (conv + dense layers on the longest path)", Integer.toString(t.depth())),
                List.of("Parameter memory" + " (" + s.dtype().id() + ")", Numbers.bytes(t.paramBytes())),
                List.of("Inference memory" + per, Numbers.bytes(t.inferenceBytes()) + " (peak activations "
                        + Numbers.bytes(t.peakActivationBytes()) + ")"),
                List.of("Training memory (batch " + s.batch() + ", " + s.dtype().id() + ", " + s.optimizer().id() + ")",
                        Numbers.bytes(t.trainingBytes()) + " (" + trainingParts(report) + ")"));
    }

    /** What training keeps besides the parameters and buffers: activations, gradients, optimizer state. */
    private static String trainingParts(NetworkReport report) {
        var t = report.totals();
        int slots = report.settings().optimizer().stateSlots();
        return "activations " + Numbers.bytes(t.activationBytes())
                + ", gradients " + Numbers.bytes(t.gradientBytes())
                + (slots == 0 ? ", no optimizer state" : ", optimizer state " + Numbers.bytes(t.optimizerBytes()));
    }
}
