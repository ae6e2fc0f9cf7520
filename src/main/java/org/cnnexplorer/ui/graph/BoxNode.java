package org.cnnexplorer.ui.graph;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cnnexplorer.io.Numbers;
import org.cnnexplorer.ui.graph.layout.GraphNode;
import org.cnnexplorer.ui.graph.layout.Layout;

/** The drawn box of one {@link GraphNode}: name, type and settings, output shape, params and MACs. */
final class BoxNode extends VBox {

    private final Label title = label("box-title");
    private final Label badge = label("box-badge");
    private final Label detail = label("box-detail");
    private final Label output = label("box-output");
    private final Label numbers = label("box-numbers");
    private final Tooltip tooltip = new Tooltip();
    private GraphNode node;

    BoxNode(GraphNode node, Layout.Box box) {
        getStyleClass().add("graph-box");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(title, spacer, badge);
        // A name too long for its box keeps its end, where names differ: ONNX exports name nodes by their path,
        // "/layer2/layer2.0/conv1/Conv", and a cut end left every box of a stage reading "/layer2/layer2...".
        title.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(head, detail, output, numbers);
        setMinSize(box.width(), box.height());
        setPrefSize(box.width(), box.height());
        setMaxSize(box.width(), box.height());
        relocate(box.x(), box.y());
        update(node);
        tooltip.setText(tooltipText(node));
        tooltip.setOnShowing(e -> tooltip.setText(tooltipText(this.node)));
        Tooltip.install(this, tooltip);
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setMinWidth(0);
        return label;
    }

    void update(GraphNode next) {
        if (next.equals(node)) {
            return;
        }
        if (node == null || node.kind() != next.kind() || node.status() != next.status()) {
            restyle(next);
        }
        node = next;
        title.setText(next.title());
        badge.setText(next.collapsedBlock() ? text("graph.box.open") : "");
        detail.setText(next.detail());
        output.setText(text("graph.box.out", next.output()));
        numbers.setText(next.numbersText());
    }

    /** Changes style classes only when kind or status change: every change re-runs CSS on the box. */
    private void restyle(GraphNode next) {
        if (node != null) {
            getStyleClass().removeAll(kindClass(node), "problem", "blocked");
        }
        getStyleClass().add(kindClass(next));
        if (next.status() != GraphNode.Status.OK) {
            getStyleClass().add(next.status() == GraphNode.Status.PROBLEM ? "problem" : "blocked");
        }
    }

    private static String kindClass(GraphNode node) {
        return "kind-" + node.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String tooltipText(GraphNode node) {
        String text = node.title() + "\n" + node.detail() + "\n" + text("graph.box.output", node.output()) + "\n"
                + text("graph.box.figures", Numbers.grouped(node.params()), Numbers.grouped(node.macs()),
                        node.computeName());
        if (node.collapsedBlock()) {
            text += "\n" + text("graph.box.openHint", node.layers().size());
        }
        return node.problem() == null ? text : text + "\n\n" + text("graph.box.problem", node.problem());
    }

    /**
     * Shows or hides everything but the name (hidden when zoomed too far out to read it); without
     * details the name is drawn half as large again, so that a whole deep network still reads at Fit.
     */
    void showDetails(boolean show) {
        title.setWrapText(!show);
        badge.setManaged(show);
        if (show) {
            getStyleClass().remove("far");
        } else if (!getStyleClass().contains("far")) {
            getStyleClass().add("far");
        }
        badge.setVisible(show);
        detail.setVisible(show);
        output.setVisible(show);
        numbers.setVisible(show);
    }

    GraphNode node() {
        return node;
    }

    Label badge() {
        return badge;
    }

    void setSelected(boolean selected) {
        if (selected && !getStyleClass().contains("selected")) {
            getStyleClass().add("selected");
        } else if (!selected) {
            getStyleClass().remove("selected");
        }
    }
}
