package org.cnnexplorer.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.cnnexplorer.i18n.Messages;

/**
 * The arithmetic behind the whole-network figures ({@link Metric}): sums over the layers
 * ({@code params = 61,706 = 156 + 2,416 + ...}, shortened on screen for big networks) and the
 * memory model of {@link Totals} with the numbers filled in. Values are the report's own totals.
 */
public final class TotalsExplainer {

    private TotalsExplainer() {
    }

    public static Map<Metric, Formula> explain(NetworkReport report) {
        Totals t = report.totals();
        AnalysisSettings s = report.settings();
        Map<Metric, Formula> formulas = new EnumMap<>(Metric.class);
        formulas.put(Metric.PARAMS, layerSum(report, "params", LayerReport::params, t.params()));
        formulas.put(Metric.MACS, layerSum(report, "MACs", LayerReport::macs, t.macs()));
        boolean bias = s.conventions().countBias();
        formulas.put(Metric.FLOPS, new Formula("FLOPs", bias ? "2*MACs + bias additions" : "2*MACs",
                "2*" + t.macs() + (bias ? " + " + t.biasAdditions() : ""), t.flops(),
                bias ? "" : Messages.text("calc.note.biasNotCounted")));
        formulas.put(Metric.DEPTH, Formula.given("depth", t.depth(), Messages.text("calc.note.depth")));
        formulas.put(Metric.LAYERS, Formula.given("layers", t.layers(), Messages.text("calc.note.layers")));
        String b = Integer.toString(s.dtype().bytes());
        formulas.put(Metric.PARAM_BYTES, bytes("calc.formula.paramBytes", "params*bytes", t.params() + "*" + b,
                t.paramBytes(), s.dtype().id()));
        formulas.put(Metric.INFERENCE_BYTES, bytes("calc.formula.inferenceBytes",
                "params*bytes + buffers*bytes + batch*peak*bytes",
                t.params() + "*" + b + " + " + t.buffers() + "*" + b + " + " + s.batch() + "*"
                        + t.peakActivationElements() + "*" + b, t.inferenceBytes(),
                Messages.text("calc.note.peak", Counts.grouped(t.peakActivationElements()))));
        formulas.put(Metric.TRAINING_BYTES, bytes("calc.formula.trainingBytes", "params*bytes + trainable*bytes"
                + " + slots*trainable*bytes + buffers*bytes + batch*activations*bytes", t.params() + "*" + b + " + "
                + t.trainableParams() + "*" + b + " + " + s.optimizer().stateSlots() + "*" + t.trainableParams() + "*"
                + b + " + " + t.buffers() + "*" + b + " + " + s.batch() + "*" + t.activationElements() + "*" + b,
                t.trainingBytes(), Messages.text("calc.note.training", s.optimizer().id())));
        return Collections.unmodifiableMap(formulas);
    }

    /** A block's parameters, MACs and FLOPs as sums over the layers it expands into. */
    public static Map<Metric, Formula> block(NetworkReport report, String block) {
        List<LayerReport> layers = report.layers().stream().filter(l -> l.blockPath().contains(block)).toList();
        Conventions conventions = report.settings().conventions();
        Map<Metric, Formula> formulas = new EnumMap<>(Metric.class);
        formulas.put(Metric.PARAMS, layerSum(layers, "params", LayerReport::params));
        formulas.put(Metric.MACS, layerSum(layers, "MACs", LayerReport::macs));
        formulas.put(Metric.FLOPS, layerSum(layers, "FLOPs", layer -> layer.flops(conventions)));
        return Collections.unmodifiableMap(formulas);
    }

    /** {@code name = sum over layers} of the non-zero terms. */
    private static Formula layerSum(NetworkReport report, String name, ToLongFunction<LayerReport> figure,
                                    long total) {
        List<Long> terms = report.layers().stream().mapToLong(figure).filter(v -> v != 0).boxed().toList();
        return Formula.sum(name, Messages.text("calc.note.sumLayers"), terms, total);
    }

    private static Formula layerSum(List<LayerReport> layers, String name, ToLongFunction<LayerReport> figure) {
        List<Long> terms = layers.stream().mapToLong(figure).filter(v -> v != 0).boxed().toList();
        return Formula.sum(name, Messages.text("calc.note.sumBlock"), terms, terms.stream().mapToLong(v -> v).sum());
    }

    /** A memory figure named by the message key {@code nameKey}, given when it does not fit. */
    private static Formula bytes(String nameKey, String symbols, String numbers, long value, String note) {
        String name = Messages.text(nameKey);
        if (value == Totals.TOO_LARGE) {
            return Formula.given(name, value, Messages.text("calc.note.tooManyBytes"));
        }
        return new Formula(name, symbols, numbers, value, note);
    }
}
