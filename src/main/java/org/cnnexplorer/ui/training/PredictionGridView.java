package org.cnnexplorer.ui.training;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cnnexplorer.training.TrainingResult;

/** Test images with predicted and true labels; wrong predictions are framed in red. */
final class PredictionGridView extends VBox {

    private static final double IMAGE_SIZE = 56;

    private final FlowPane tiles = new FlowPane(8, 8);
    private final Label empty = new Label(text("train.predictions.empty"));

    PredictionGridView() {
        getStyleClass().add("prediction-grid");
        Label heading = new Label(text("train.predictions.heading"));
        heading.getStyleClass().add("panel-heading");
        heading.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.setMinSize(0, 0);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, empty, scroll);
        setId("prediction-grid");
    }

    void show(TrainingResult result) {
        List<TrainingResult.Prediction> samples = result == null ? List.of() : result.samples();
        empty.setVisible(samples.isEmpty());
        empty.setManaged(samples.isEmpty());
        tiles.getChildren().setAll(samples.stream().map(p -> tile(p, result.classNames())).toList());
    }

    private static VBox tile(TrainingResult.Prediction p, List<String> names) {
        WritableImage image = new WritableImage(Math.max(1, p.width()), Math.max(1, p.height()));
        image.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(),
                PixelImages.argb(p), 0, p.width());
        ImageView view = new ImageView(image);
        view.setFitWidth(IMAGE_SIZE);
        view.setFitHeight(IMAGE_SIZE);
        view.setSmooth(false);
        boolean wrong = p.trueLabel() != p.predictedLabel();
        Label predicted = new Label(PixelImages.className(names, p.predictedLabel()));
        predicted.getStyleClass().add("prediction-label");
        Label truth = new Label(wrong
                ? text("train.predictions.true", PixelImages.className(names, p.trueLabel()))
                : text("train.predictions.correct"));
        truth.getStyleClass().add("prediction-truth");
        // a long class name (T-shirt/top, automobile) widens its tile rather than being cut
        predicted.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        truth.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox tile = new VBox(2, view, predicted, truth);
        tile.getStyleClass().addAll("prediction-tile", wrong ? "wrong" : "right");
        Tooltip.install(tile, new Tooltip(text("train.predictions.tip", PixelImages.className(names,
                p.predictedLabel()), String.format(java.util.Locale.ROOT, "%.0f", 100 * p.confidence()),
                PixelImages.className(names, p.trueLabel()))));
        return tile;
    }

}
