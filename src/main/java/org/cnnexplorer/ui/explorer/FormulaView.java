package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The formula panel beside the graph, table and layer editor: the chosen figure's arithmetic in
 * large type (readable in lecture mode), then every figure's line; clicking a line chooses it.
 */
public final class FormulaView extends VBox {

    private final FormulaViewModel viewModel;
    private final VBox list = new VBox(4);

    public FormulaView(FormulaViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("side-panel", "formulas");
        setId("formulas");
        Label title = new Label(text("formula.heading"));
        title.getStyleClass().add("panel-heading");
        Label heading = wrapped("formula-heading", "totals-label");
        heading.textProperty().bind(viewModel.headingProperty());
        Label chosen = wrapped("formula-chosen", "formula-chosen");
        chosen.textProperty().bind(viewModel.chosenProperty());
        Label conventions = wrapped("formula-conventions", "muted");
        conventions.textProperty().bind(viewModel.conventionsProperty());
        getChildren().addAll(title, heading, chosen, list, conventions);
        viewModel.lines().addListener((ListChangeListener<FormulaViewModel.Line>) c -> fill());
        viewModel.chosenProperty().addListener((obs, old, now) -> mark());
        fill();
    }

    private void fill() {
        list.getChildren().clear();
        for (FormulaViewModel.Line line : viewModel.lines()) {
            Label label = wrapped(null, "formula-line");
            label.setText(line.text());
            label.setOnMouseClicked(e -> viewModel.choose(line.key()));
            list.getChildren().add(label);
        }
        mark();
    }

    /** The chosen figure's line in the list stands out too. */
    private void mark() {
        for (javafx.scene.Node node : list.getChildren()) {
            Label label = (Label) node;
            label.getStyleClass().remove("formula-line-chosen");
            if (label.getText().equals(viewModel.chosenProperty().get())) {
                label.getStyleClass().add("formula-line-chosen");
            }
        }
    }

    private static Label wrapped(String id, String style) {
        Label label = new Label();
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }
}
