package org.cnnexplorer.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * What a projector audience would notice: a label whose text the toolkit cut with an ellipsis, and
 * a part of a screen that lies outside the window.
 */
final class LayoutChecks {

    private LayoutChecks() {
    }

    /** Every shown label whose rendered text differs from its text ("Rem..." for "Remove"), as "id: text -> shown". */
    static List<String> elidedLabels(Node root, Set<Node> skipped) {
        List<String> elided = new ArrayList<>();
        for (Node node : shown(root, skipped)) {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                String rendered = renderedText(labeled);
                if (rendered != null && !rendered.equals(labeled.getText())) {
                    elided.add(describe(labeled) + ": '" + labeled.getText() + "' shown as '" + rendered + "'");
                }
            }
        }
        return elided;
    }

    /**
     * Every shown node of {@code root} that reaches past the scene's right or bottom edge; the
     * first such node of a branch only, and not the contents of a scroll pane, which can be
     * scrolled to (the scroll pane itself must fit).
     */
    static List<String> outsideWindow(Node root) {
        List<String> outside = new ArrayList<>();
        collectOutside(root, root.getScene(), outside);
        return outside;
    }

    private static void collectOutside(Node node, Scene scene, List<String> outside) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getWidth() > 0 && bounds.getHeight() > 0
                && (bounds.getMaxX() > scene.getWidth() + 1 || bounds.getMaxY() > scene.getHeight() + 1)) {
            outside.add(describe(node) + String.format(" ends at %.0f,%.0f in a %.0fx%.0f window",
                    bounds.getMaxX(), bounds.getMaxY(), scene.getWidth(), scene.getHeight()));
            return;
        }
        if (node instanceof Parent parent && !(node instanceof ScrollPane)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectOutside(child, scene, outside);
            }
        }
    }

    /**
     * The tick labels of {@code axis} that a viewer could not read: a shown label that reaches past
     * the edge of {@code chart} (cut), or that overlaps the shown label before it.
     */
    static List<String> unreadableTickLabels(Axis<?> axis, Node chart) {
        List<String> problems = new ArrayList<>();
        Bounds whole = chart.localToScene(chart.getLayoutBounds());
        List<Bounds> shown = new ArrayList<>();
        for (Node child : axis.getChildrenUnmodifiable()) {
            if (child instanceof Text label && label.isVisible() && !label.getText().isBlank()) {
                Bounds bounds = label.localToScene(label.getBoundsInLocal());
                if (bounds.getMinX() < whole.getMinX() - 1 || bounds.getMaxX() > whole.getMaxX() + 1
                        || bounds.getMinY() < whole.getMinY() - 1 || bounds.getMaxY() > whole.getMaxY() + 1) {
                    problems.add(String.format("'%s' is cut: it ends at %.0f,%.0f, its chart at %.0f,%.0f",
                            label.getText(), bounds.getMaxX(), bounds.getMaxY(), whole.getMaxX(), whole.getMaxY()));
                }
                shown.add(bounds);
            }
        }
        shown.sort(java.util.Comparator.comparingDouble(Bounds::getMinX));
        for (int i = 1; i < shown.size(); i++) {
            if (shown.get(i).getMinX() < shown.get(i - 1).getMaxX() - 0.5
                    && shown.get(i).getMinY() < shown.get(i - 1).getMaxY()) {
                problems.add("tick labels overlap at x " + Math.round(shown.get(i).getMinX()));
            }
        }
        return problems;
    }

    private static String renderedText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getClass().getSimpleName().equals("LabeledText")) {
                return text.getText();
            }
        }
        return null;
    }

    /** The nodes under root that are visible, with every parent visible, outside the skipped subtrees. */
    private static List<Node> shown(Node root, Set<Node> skipped) {
        List<Node> nodes = new ArrayList<>();
        collect(root, skipped, nodes);
        return nodes;
    }

    private static void collect(Node node, Set<Node> skipped, List<Node> nodes) {
        if (!node.isVisible() || node.getOpacity() == 0 || skipped.contains(node)) {
            return;
        }
        nodes.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, skipped, nodes);
            }
        }
    }

    private static String describe(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : String.join(".", node.getStyleClass());
        Node parent = node.getParent();
        while (parent != null && parent.getId() == null) {
            parent = parent.getParent();
        }
        return node.getClass().getSimpleName() + " " + id + (parent != null ? " in #" + parent.getId() : "");
    }
}
