package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnexplorer.core.Figure;
import org.cnnexplorer.core.Formula;
import org.cnnexplorer.core.LayerExplainer;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.TotalsExplainer;
import org.cnnexplorer.io.report.ScalingText;

/**
 * The arithmetic behind the numbers of the selected layer (or the sums of a selected block, or
 * the totals when nothing is selected): one line per figure, and the chosen figure's line on its
 * own, set by the table's selected cell or by picking a line. Follows every analysis, so switching
 * a convention updates it at once.
 */
public final class FormulaViewModel {

    /** One figure's formula; {@code key} is a {@link Figure} or {@code Metric} name (PARAMS, MACS, ...). */
    public record Line(String key, String text) {
    }

    private final ExplorerViewModel explorer;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Line> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper conventions = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chosen = new ReadOnlyStringWrapper("");
    private String key = Figure.PARAMS.name();

    public FormulaViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        explorer.reportProperty().addListener((obs, old, now) -> refresh());
        explorer.selectionProperty().addListener((obs, old, now) -> refresh());
        explorer.textsVersionProperty().addListener(obs -> refresh());
        refresh();
    }

    /** Shows the formula of this figure ({@link Figure} or {@code Metric} name) on its own. */
    public void choose(String figureKey) {
        key = figureKey;
        showChosen();
    }

    private void refresh() {
        NetworkReport report = explorer.report();
        String name = explorer.selectionProperty().get();
        Optional<LayerReport> layer = name == null ? Optional.empty() : report.layer(name);
        conventions.set(ScalingText.settingsLine(report));
        if (layer.isPresent()) {
            showLayer(report, layer.get());
        } else if (name != null && report.layers().stream().anyMatch(l -> l.blockPath().contains(name))) {
            heading.set(text("formula.block", name));
            lines.setAll(lines(TotalsExplainer.block(report, name)));
        } else {
            heading.set(report.isPartial() ? text("formula.totals.partial", report.partialLabel())
                    : text("totals.heading"));
            lines.setAll(lines(TotalsExplainer.explain(report)));
        }
        showChosen();
    }

    private void showLayer(NetworkReport report, LayerReport layer) {
        heading.set(layer.name() + " (" + (layer.type() + " " + layer.settings()).trim() + ")");
        if (!layer.isValid()) {
            lines.setAll(List.of(new Line("", layer.isBlocked() ? text("formula.blocked")
                    : layer.problem())));
            return;
        }
        lines.setAll(lines(LayerExplainer.explain(layer, report)));
    }

    private static List<Line> lines(Map<? extends Enum<?>, Formula> formulas) {
        List<Line> out = new ArrayList<>();
        formulas.forEach((figure, formula) -> out.add(new Line(figure.name(), formula.text())));
        return out;
    }

    private void showChosen() {
        chosen.set(lines.stream().filter(line -> line.key().equals(key)).map(Line::text).findFirst()
                .orElse(lines.isEmpty() ? "" : lines.get(0).text()));
    }

    public ObservableList<Line> lines() {
        return readOnlyLines;
    }

    /** What the lines explain: a layer with its settings, a block, or the totals. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The conventions the figures follow, in words. */
    public ReadOnlyStringProperty conventionsProperty() {
        return conventions.getReadOnlyProperty();
    }

    /** The chosen figure's line (the first line when the chosen figure has none here). */
    public ReadOnlyStringProperty chosenProperty() {
        return chosen.getReadOnlyProperty();
    }
}
