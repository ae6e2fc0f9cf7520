package org.cnnexplorer.ui.explorer;

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
        refresh(explorer.report());
    }

    private void refresh(NetworkReport report) {
        figures.setAll(figures(report));
        problems.set(ProblemText.summary(report));
        partial.set(report.partialLabel());
        Totals t = report.totals();
        var conventions = report.settings().conventions();
        summary.set(Numbers.scaled(t.params()) + " params  |  " + Numbers.scaled(conventions.compute(t)) + " "
                + conventions.computeName() + "  |  "
                + Numbers.bytes(t.trainingBytes()) + " to train" + (report.isPartial() ? "  (partial)" : ""));
    }

    static List<Figure> figures(NetworkReport report) {
        Totals t = report.totals();
        var s = report.settings();
        String per = "batch " + s.batch() + ", " + s.dtype().id();
        return List.of(
                new Figure("Parameters", Numbers.grouped(t.params()), "Learnable weights and biases; "
                        + Numbers.grouped(t.trainableParams()) + " trainable"),
                new Figure("MACs / image", Numbers.scaled(t.macs()), Numbers.grouped(t.macs())
                        + " multiply-accumulates of conv and dense layers"),
                new Figure("FLOPs / image", Numbers.scaled(t.flops()),
                        TotalsExplainer.explain(report).get(Metric.FLOPS).text()),
                new Figure("Other ops", Numbers.scaled(t.otherOps()), "Pooling, activations, normalisation, adds"),
                new Figure("Depth", Integer.toString(t.depth()), "Conv and dense layers on the longest path"),
                new Figure("Layers", Integer.toString(t.layers()), "Rows of the table, input included"),
                new Figure("Activations", Numbers.scaled(t.activationElements()), "Values stored per image"),
                new Figure("Weights memory", Numbers.bytes(t.paramBytes()), "Parameters in " + s.dtype().id()),
                new Figure("Inference memory", Numbers.bytes(t.inferenceBytes()),
                        "Weights, buffers and peak live activations (" + per + ")"),
                new Figure("Training memory", Numbers.bytes(t.trainingBytes()), "Weights, gradients, "
                        + s.optimizer().id() + " state, buffers and all activations (" + per + ")"));
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
