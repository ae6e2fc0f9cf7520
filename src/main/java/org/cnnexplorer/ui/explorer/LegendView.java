package org.cnnexplorer.ui.explorer;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.cnnexplorer.i18n.Messages;

/** What the box colours of the graph mean, under the network list. */
public final class LegendView extends VBox {

    /** The colour kinds; {@code legend.KIND} names each. */
    private static final String[] KINDS = {"conv", "pool", "dense", "norm", "activation", "merge", "block", "problem"};

    public LegendView() {
        getStyleClass().add("legend");
        Label heading = new Label(Messages.text("legend.heading"));
        heading.getStyleClass().add("panel-heading");
        FlowPane items = new FlowPane(6, 6);
        for (String kind : KINDS) {
            Label swatch = new Label(Messages.text("legend." + kind));
            swatch.getStyleClass().addAll("legend-swatch", "graph-box", kind.equals("problem") ? "problem"
                    : "kind-" + kind);
            items.getChildren().add(swatch);
        }
        getChildren().addAll(heading, items);
    }
}
