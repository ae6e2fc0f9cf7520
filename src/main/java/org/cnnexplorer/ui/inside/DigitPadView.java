package org.cnnexplorer.ui.inside;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.DrawnDigit;

/**
 * A black pad to draw a digit on with the mouse or a finger (touch arrives as mouse drags), a Clear
 * button, and the digit as prepared for the network (28 x 28, three times enlarged; its tooltip and the
 * status line say how it was made).
 */
final class DigitPadView extends VBox {

    private static final double PREVIEW = 3 * DrawnDigit.FIELD;

    private final DigitPadViewModel viewModel;
    private final Canvas pad = new Canvas(DigitPadViewModel.SIZE, DigitPadViewModel.SIZE);
    private final ImageView prepared = new ImageView();
    private double lastX;
    private double lastY;

    DigitPadView(DigitPadViewModel viewModel) {
        super(6);
        this.viewModel = viewModel;
        setId("inside-draw");
        pad.setId("inside-draw-pad");
        pad.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            viewModel.press(e.getX(), e.getY());
            line(e.getX(), e.getY(), e.getX(), e.getY());
        });
        pad.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            viewModel.drag(e.getX(), e.getY());
            line(lastX, lastY, e.getX(), e.getY());
        });
        pad.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> viewModel.release());
        Button clear = new Button(Messages.text("draw.clear"));
        clear.setId("inside-draw-clear");
        clear.setOnAction(e -> {
            viewModel.clear();
            blank();
        });
        prepared.setId("inside-draw-prepared");
        prepared.setSmooth(false);
        prepared.setFitWidth(PREVIEW);
        prepared.setFitHeight(PREVIEW);
        Tooltip made = new Tooltip();
        Tooltip.install(prepared, made);
        viewModel.digitProperty().addListener((obs, old, now) -> {
            prepared.setImage(now == null ? null : ChannelImages.image(FeatureColours.image(now.pixels(), 1,
                    DrawnDigit.FIELD, DrawnDigit.FIELD), DrawnDigit.FIELD, DrawnDigit.FIELD));
            made.setText(now == null ? "" : now.description());
        });
        Label hint = new Label(Messages.text("draw.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(DigitPadViewModel.SIZE);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, clear, new Label(Messages.text("draw.prepared")), prepared);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(hint, pad, row);
        blank();
    }

    private void blank() {
        GraphicsContext g = pad.getGraphicsContext2D();
        g.setFill(Color.BLACK);
        g.fillRect(0, 0, pad.getWidth(), pad.getHeight());
    }

    /** Draws the pen's segment as the raster will have it: white, round ends, radius {@code RADIUS}. */
    private void line(double x0, double y0, double x1, double y1) {
        GraphicsContext g = pad.getGraphicsContext2D();
        g.setStroke(Color.WHITE);
        g.setLineWidth(2 * DigitPadViewModel.RADIUS);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.strokeLine(x0, y0, x1, y1);
        lastX = x1;
        lastY = y1;
    }
}
