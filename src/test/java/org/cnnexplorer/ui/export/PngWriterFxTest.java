package org.cnnexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

@ExtendWith(FxToolkitExtension.class)
class PngWriterFxTest {

    private final FxRobot robot = new FxRobot();

    @Test
    void whatOverhangsTheNodesEdgeIsInThePicture() {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            Pane chart = new Pane();
            chart.resize(100, 50);
            Rectangle body = new Rectangle(0, 0, 100, 50);
            body.setFill(Color.BLUE);
            Rectangle lastLabel = new Rectangle(90, 40, 20, 20);
            lastLabel.setFill(Color.RED);
            chart.getChildren().addAll(body, lastLabel);
            chart.relocate(300, 200);
            new Scene(new Group(chart), 800, 600);
            image.set(PngWriter.image(chart, 2, Color.WHITE));
        });
        WritableImage png = image.get();
        double margin = PngWriter.MARGIN;
        assertEquals(2 * (110 + 2 * margin), png.getWidth(), 1);
        assertEquals(2 * (60 + 2 * margin), png.getHeight(), 1);
        Color corner = png.getPixelReader().getColor((int) (2 * (margin + 105)), (int) (2 * (margin + 55)));
        assertTrue(corner.getRed() > 0.9 && corner.getBlue() < 0.2, "the overhanging label is drawn: " + corner);
        Color body = png.getPixelReader().getColor((int) (2 * (margin + 10)), (int) (2 * (margin + 10)));
        assertTrue(body.getBlue() > 0.9 && body.getRed() < 0.2, "the node itself, not what lies at its place: " + body);
    }
}
