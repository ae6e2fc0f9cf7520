package org.cnnexplorer.ui.app;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.cnnexplorer.ui.explorer.ExplorerViewModel;
import org.cnnexplorer.ui.explorer.TotalsViewModel;

/**
 * The bottom line, always visible: the network's first problem in red (or that it runs), its key
 * totals, and what it is analysed for.
 */
final class StatusBar extends HBox {

    StatusBar(ExplorerViewModel explorer, TotalsViewModel totals) {
        getStyleClass().add("status-bar");
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(Bindings.createStringBinding(() -> totals.problemsProperty().get().isEmpty()
                ? "The network runs as configured." : "PROBLEM  " + totals.problemsProperty().get(),
                totals.problemsProperty()));
        status.getStyleClass().add("status-text");
        totals.problemsProperty().addListener((obs, old, now) -> problem(status, !now.isEmpty()));
        problem(status, !totals.problemsProperty().get().isEmpty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Label settings = new Label();
        settings.getStyleClass().add("muted");
        settings.textProperty().bind(Bindings.createStringBinding(() -> {
            var s = explorer.settings();
            return "input " + s.input() + ", " + s.classes() + " classes, batch " + s.batch() + ", "
                    + s.dtype().id() + ", " + s.optimizer().id();
        }, explorer.stateProperty()));
        Label figures = new Label();
        figures.setId("status-totals");
        figures.getStyleClass().add("status-totals");
        figures.textProperty().bind(totals.summaryProperty());
        getChildren().addAll(status, figures, settings);
    }

    private static void problem(Label status, boolean on) {
        status.getStyleClass().remove("problem-text");
        if (on) {
            status.getStyleClass().add("problem-text");
        }
    }
}
