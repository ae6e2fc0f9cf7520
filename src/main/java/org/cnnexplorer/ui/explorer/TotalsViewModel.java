package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnexplorer.core.Metric;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Totals;
import org.cnnexplorer.core.TotalsExplainer;
import org.cnnexplorer.io.Numbers;

/** The whole-network figures, always visible beside the graph, and a one-line problem summary. */
public final class TotalsViewModel {

    /** A figure with its label, value text and an explanation for the tooltip. */
    public record Figure(String label, String value, String explanation) {
    }

    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final ObservableList<Figure> readOnlyFigures = FXCollections.unmodifiableObservableList(figures);
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper partial = new ReadOnlyStringWrapper("");

    public TotalsViewModel(ExplorerViewModel explorer) {
        explorer.reportProperty().addListener((obs, old, now) -> refresh(now));
        explorer.textsVersionProperty().addListener(obs -> refresh(explorer.report()));
        refresh(explorer.report());
    }

    private void refresh(NetworkReport report) {
        figures.setAll(figures(report));
        problems.set(ProblemText.summary(report));
        partial.set(report.partialLabel());
        Totals t = report.totals();
        var conventions = report.settings().conventions();
        summary.set(text(report.isPartial() ? "totals.summary.partial" : "totals.summary",
                Numbers.scaled(t.params()), Numbers.scaled(conventions.compute(t)), conventions.computeName(),
                Numbers.bytes(t.trainingBytes())));
    }

    static List<Figure> figures(NetworkReport report) {
        Totals t = report.totals();
        var s = report.settings();
        String per = text("totals.per", s.batch(), s.dtype().id());
        return List.of(
                new Figure(text("totals.params"), Numbers.grouped(t.params()),
                        text("totals.params.tip", Numbers.grouped(t.trainableParams()))),
                new Figure(text("totals.macs"), Numbers.scaled(t.macs()),
                        text("totals.macs.tip", Numbers.grouped(t.macs()))),
                new Figure(text("totals.flops"), Numbers.scaled(t.flops()),
                        TotalsExplainer.explain(report).get(Metric.FLOPS).text()),
                new Figure(text("totals.other"), Numbers.scaled(t.otherOps()), text("totals.other.tip")),
                new Figure(text("totals.depth"), Integer.toString(t.depth()), text("totals.depth.tip")),
                new Figure(text("totals.layers"), Integer.toString(t.layers()), text("totals.layers.tip")),
                new Figure(text("totals.activations"), Numbers.scaled(t.activationElements()),
                        text("totals.activations.tip")),
                new Figure(text("totals.weights-memory"), Numbers.bytes(t.paramBytes()),
                        text("totals.weights-memory.tip", s.dtype().id())),
                new Figure(text("totals.inference-memory"), Numbers.bytes(t.inferenceBytes()),
                        text("totals.inference-memory.tip", per)),
                new Figure(text("totals.training-memory"), Numbers.bytes(t.trainingBytes()),
                        text("totals.training-memory.tip", s.optimizer().id(), per)));
    }

    public ObservableList<Figure> figures() {
        return readOnlyFigures;
    }

    /** The key figures in one line, for the status bar. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Empty when every layer runs; else {@code partial: layers before pool5 (...)}: the figures leave some out. */
    public ReadOnlyStringProperty partialProperty() {
        return partial.getReadOnlyProperty();
    }

    /** Empty when the network works; else the first problem and how many more. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }
}
