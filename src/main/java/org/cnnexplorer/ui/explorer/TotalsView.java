package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The totals panel: whole-network figures and, when the network cannot run, its first problem. */
public final class TotalsView extends VBox {

    private final TotalsViewModel viewModel;
    private final GridPane grid = new GridPane();
    private final List<Label> values = new ArrayList<>();

    public TotalsView(TotalsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("side-panel", "totals");
        Label heading = new Label(text("totals.heading"));
        heading.getStyleClass().add("panel-heading");
        Label problem = new Label();
        problem.setId("totals-problem");
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemsProperty());
        problem.visibleProperty().bind(viewModel.problemsProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label partial = new Label();
        partial.setId("totals-partial");
        partial.getStyleClass().add("problem-text");
        partial.setWrapText(true);
        partial.textProperty().bind(viewModel.partialProperty());
        partial.visibleProperty().bind(viewModel.partialProperty().isNotEmpty());
        partial.managedProperty().bind(partial.visibleProperty());
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHgrow(Priority.ALWAYS);
        ColumnConstraints values = new ColumnConstraints();
        values.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(labels, values);
        grid.getStyleClass().add("totals-grid");
        getChildren().addAll(heading, partial, grid, problem);
        viewModel.figures().addListener((ListChangeListener<TotalsViewModel.Figure>) c -> fill());
        fill();
    }

    /** Updates the values in place when the figures are the same; builds the rows otherwise. */
    private void fill() {
        List<TotalsViewModel.Figure> figures = viewModel.figures();
        if (values.size() == figures.size()) {
            for (int i = 0; i < figures.size(); i++) {
                values.get(i).setText(figures.get(i).value());
                values.get(i).getTooltip().setText(figures.get(i).explanation());
            }
            return;
        }
        grid.getChildren().clear();
        values.clear();
        int row = 0;
        for (TotalsViewModel.Figure figure : viewModel.figures()) {
            Label label = new Label(figure.label());
            label.getStyleClass().add("totals-label");
            Label value = new Label(figure.value());
            value.getStyleClass().add("totals-value");
            value.setId("total-" + figure.label().toLowerCase().replaceAll("[^a-z]+", "-"));
            Tooltip tip = new Tooltip(figure.explanation());
            label.setTooltip(tip);
            value.setTooltip(tip);
            grid.addRow(row++, label, value);
            values.add(value);
        }
    }
}
