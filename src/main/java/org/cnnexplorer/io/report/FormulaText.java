package org.cnnexplorer.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnnexplorer.core.Figure;
import org.cnnexplorer.core.Formula;
import org.cnnexplorer.core.LayerExplainer;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.TotalsExplainer;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Printable;

/**
 * The formulas of one layer (or of every layer of a block) as text, as {@code cnnx summary
 * --explain LAYER} prints them, or of the totals ({@code --explain totals}).
 */
public final class FormulaText {

    /** The name that explains the whole-network totals. */
    public static final String TOTALS = "totals";

    private FormulaText() {
    }

    /** The text, or empty when no layer or block has that name. */
    public static Optional<String> of(NetworkReport report, String layerOrBlock) {
        StringBuilder out = new StringBuilder(report.settings().conventions().describe()).append('\n');
        if (layerOrBlock.equals(TOTALS) && report.layer(TOTALS).isEmpty()) {
            out.append('\n').append(Messages.text("report.formula.totals"))
                    .append(report.isPartial() ? Printable.of(" (" + report.partialLabel() + ")") : "")
                    .append('\n');
            TotalsExplainer.explain(report).values().forEach(f -> out.append("  ").append(f.text()).append('\n'));
            return Optional.of(out.toString());
        }
        List<LayerReport> layers = new ArrayList<>();
        for (LayerReport layer : report.layers()) {
            if (layer.name().equals(layerOrBlock) || layer.blockPath().contains(layerOrBlock)) {
                layers.add(layer);
            }
        }
        if (layers.isEmpty()) {
            return Optional.empty();
        }
        layers.forEach(layer -> out.append('\n').append(layer(report, layer)));
        return Optional.of(out.toString());
    }

    /** A layer's heading ({@code c3 (conv2d 5x5 s1 p0): 6x14x14 -> 16x10x10}) and one line per figure. */
    public static String layer(NetworkReport report, LayerReport layer) {
        StringBuilder out = new StringBuilder(Printable.of(layer.name() + " (" + layer.type()
                + (layer.settings().isEmpty() ? "" : " " + layer.settings()) + "): " + String.join(" + ",
                layer.inputShapes().stream().map(Object::toString).toList()) + " -> "
                + (layer.isValid() ? layer.output().toString() : "-"))).append('\n');
        if (!layer.isValid()) {
            return out.append("  ").append(layer.isBlocked() ? Messages.text("report.formula.blocked")
                    : Printable.of(layer.problem())).append('\n').toString();
        }
        for (Formula formula : LayerExplainer.explain(layer, report).values()) {
            out.append("  ").append(formula.text()).append('\n');
        }
        return out.toString();
    }

    /** The one line of a figure of a valid layer, e.g. {@code params = ... = 2,416}; empty when none. */
    public static String line(NetworkReport report, LayerReport layer, Figure figure) {
        Formula formula = LayerExplainer.explain(layer, report).get(figure);
        return formula == null ? "" : formula.text();
    }
}
