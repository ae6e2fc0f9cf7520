package org.cnnexplorer.ui.inside;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.inside.LayerActivation;

/**
 * The Inside tab's layer list with blocks folded as in the graph: the layers of a block (an inception
 * module, a bottleneck, a residual stage holding blocks) sit in a collapsed pane titled with the block's
 * name, its layer count and output shape; opening it draws its rows (only then, so that a deep network's
 * list appears at once). Layers outside blocks stay rows of the list.
 */
final class LayerGroups {

    private LayerGroups() {
    }

    /** One block being filled: its name, its children (drawn when opened), its layer count and last shape. */
    private static final class Frame {
        private final String name;
        private final List<Supplier<Node>> children = new ArrayList<>();
        private int layers;
        private Shape output;

        Frame(String name) {
            this.name = name;
        }

        Node node() {
            VBox content = new VBox(8);
            TitledPane pane = new TitledPane(Messages.text("inside.block.title", name, layers, output), content);
            pane.setExpanded(false);
            pane.setAnimated(false);
            pane.setId("inside-block-" + name);
            pane.expandedProperty().addListener((obs, was, open) -> {
                if (open && content.getChildren().isEmpty()) {
                    children.forEach(child -> content.getChildren().add(child.get()));
                }
            });
            return pane;
        }
    }

    /** The list's nodes in layer order: a row per layer outside blocks, a folded pane per outermost block. */
    static List<Node> build(Inspection inspection, Function<LayerActivation, Node> row) {
        List<Node> top = new ArrayList<>();
        List<Frame> open = new ArrayList<>();
        for (LayerActivation layer : inspection.layers()) {
            List<String> path = inspection.report().layer(layer.name()).orElseThrow().blockPath();
            int shared = 0;
            while (shared < open.size() && shared < path.size() && open.get(shared).name.equals(path.get(shared))) {
                shared++;
            }
            while (open.size() > shared) {
                close(open, top);
            }
            for (int i = shared; i < path.size(); i++) {
                open.add(new Frame(path.get(i)));
            }
            for (Frame frame : open) {
                frame.layers++;
                frame.output = layer.shape();
            }
            if (open.isEmpty()) {
                top.add(row.apply(layer));
            } else {
                open.get(open.size() - 1).children.add(() -> row.apply(layer));
            }
        }
        while (!open.isEmpty()) {
            close(open, top);
        }
        return top;
    }

    private static void close(List<Frame> open, List<Node> top) {
        Frame frame = open.remove(open.size() - 1);
        if (open.isEmpty()) {
            top.add(frame.node());
        } else {
            open.get(open.size() - 1).children.add(frame::node);
        }
    }
}
