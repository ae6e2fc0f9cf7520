package org.cnnexplorer.ui.app;

import static org.cnnexplorer.i18n.Messages.text;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.cnnexplorer.ui.explorer.ExplorerViewModel;
import org.cnnexplorer.ui.explorer.TotalsViewModel;

/**
 * The bottom line, always visible: the network's first problem in red (or that it runs), its key
 * totals, and what it is analysed for. A long problem wraps, and the totals move to a second line
 * when the window is narrow.
 */
final class StatusBar extends FlowPane {

    StatusBar(ExplorerViewModel explorer, TotalsViewModel totals) {
        getStyleClass().add("status-bar");
        setHgap(12);
        setVgap(2);
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(Bindings.createStringBinding(() -> totals.problemsProperty().get().isEmpty()
                ? text("status.runs") : text("status.problem", totals.problemsProperty().get()),
                totals.problemsProperty()));
        status.getStyleClass().add("status-text");
        totals.problemsProperty().addListener((obs, old, now) -> problem(status, !now.isEmpty()));
        problem(status, !totals.problemsProperty().get().isEmpty());
        status.setWrapText(true);
        status.maxWidthProperty().bind(widthProperty().subtract(24));
        Label settings = new Label();
        settings.getStyleClass().add("muted");
        settings.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        settings.textProperty().bind(Bindings.createStringBinding(() -> {
            var s = explorer.settings();
            return text("status.settings", s.input(), s.classes(), s.batch(), s.dtype().id(), s.optimizer().id());
        }, explorer.stateProperty()));
        Label figures = new Label();
        figures.setId("status-totals");
        figures.getStyleClass().add("status-totals");
        figures.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
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
