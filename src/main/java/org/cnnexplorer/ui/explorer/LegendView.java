package org.cnnexplorer.ui.explorer;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** What the box colours of the graph mean, under the network list. */
public final class LegendView extends VBox {

    private static final String[][] KINDS = {{"conv", "convolution"}, {"pool", "pooling"}, {"dense", "dense"},
        {"norm", "norm / dropout"}, {"activation", "activation"}, {"merge", "concat / add"},
        {"block", "block (click + open)"}, {"problem", "problem"}};

    public LegendView() {
        getStyleClass().add("legend");
        Label heading = new Label("Graph colours");
        heading.getStyleClass().add("panel-heading");
        FlowPane items = new FlowPane(6, 6);
        for (String[] kind : KINDS) {
            Label swatch = new Label(kind[1]);
            swatch.getStyleClass().addAll("legend-swatch", "graph-box", kind[0].equals("problem") ? "problem"
                    : "kind-" + kind[0]);
            items.getChildren().add(swatch);
        }
        getChildren().addAll(heading, items);
    }
}
