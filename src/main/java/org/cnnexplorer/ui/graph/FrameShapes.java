package org.cnnexplorer.ui.graph;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Rectangle;
import org.cnnexplorer.ui.graph.layout.Layout;

/** The frame around an expanded block, with a title that closes the block when clicked. */
final class FrameShapes {

    private FrameShapes() {
    }

    static List<Node> of(Layout.Frame frame, Runnable collapse) {
        Rectangle rect = new Rectangle(frame.x(), frame.y(), frame.width(), frame.height());
        rect.setArcWidth(14);
        rect.setArcHeight(14);
        rect.getStyleClass().addAll("block-frame", "depth-" + Math.min(frame.block().depth(), 3));
        Label title = new Label("[-] " + frame.block().title());
        title.setTooltip(new javafx.scene.control.Tooltip(text("graph.frame.close", frame.block().block())));
        title.getStyleClass().add("frame-title");
        title.setLayoutX(frame.x() + 8);
        title.setLayoutY(frame.y() + 3);
        title.setMaxWidth(Math.max(40, frame.width() - 16));
        title.setOnMouseClicked(e -> {
            collapse.run();
            e.consume();
        });
        return List.of(rect, title);
    }
}
