package org.cnnexplorer.ui.training;

import static org.cnnexplorer.i18n.Messages.text;

import java.io.File;
import javafx.beans.value.ObservableValue;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import org.cnnexplorer.ui.export.CurvesCsv;
import org.cnnexplorer.ui.export.ExportActions;

/**
 * The Train tab: settings on the left; status, progress bar, loss and accuracy curves, confusion
 * matrix and prediction grid on the right.
 */
public final class TrainingView extends BorderPane {

    private final TrainingViewModel viewModel;
    private final HBox curves;

    /** {@code networkName}: the explored network, which Start trains. */
    public TrainingView(TrainingViewModel viewModel, ObservableValue<String> networkName) {
        this.viewModel = viewModel;
        getStyleClass().add("training-view");
        TrainingProgress progress = viewModel.progress();
        ScrollPane form = new ScrollPane(new TrainingFormView(viewModel, networkName, this::saveRun,
                this::openRun));
        form.setFitToWidth(true);
        form.getStyleClass().add("training-form-scroll");
        form.getStyleClass().add("side-scroll");
        setLeft(form);
        Label status = label("training-status", "train-status");
        status.textProperty().bind(viewModel.statusProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("train-progress");
        bar.progressProperty().bind(progress.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label detail = label("training-detail", "train-detail");
        detail.textProperty().bind(progress.detailProperty());
        Label warning = label("warning-text", "train-warning");
        warning.textProperty().bind(progress.warningProperty());
        LineChart<Number, Number> loss = TrainingCharts.loss(progress);
        LineChart<Number, Number> accuracy = TrainingCharts.accuracy(progress, viewModel.form().epochsProperty());
        ConfusionMatrixView matrix = new ConfusionMatrixView();
        PredictionGridView predictions = new PredictionGridView();
        progress.resultProperty().addListener((obs, old, now) -> {
            matrix.show(now);
            predictions.show(now);
        });
        loss.setMinSize(0, 0);
        accuracy.setMinSize(0, 0);
        HBox.setHgrow(loss, Priority.ALWAYS);
        HBox.setHgrow(accuracy, Priority.ALWAYS);
        curves = new HBox(loss, accuracy);
        curves.getStyleClass().add("training-curves");
        curves.setMinSize(0, 0);
        GridPane grid = grid(curves, matrix, predictions);
        VBox.setVgrow(grid, Priority.ALWAYS);
        hideWhenEmpty(warning);
        VBox center = new VBox(6, status, bar, detail, warning, grid);
        center.getStyleClass().add("training-center");
        center.setMinSize(0, 0);
        setCenter(center);
    }

    /**
     * Curves across the top half, the confusion matrix and the predictions below. Every part may
     * shrink below its preferred size (the matrix and the predictions then scroll), so the tab
     * fits the window in lecture mode at 1280x800 too.
     */
    private static GridPane grid(HBox curves, ConfusionMatrixView matrix, PredictionGridView predictions) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("training-grid");
        grid.setMinSize(0, 0);
        // The matrix needs ten columns of cells; three tiles of predictions are enough to read.
        ColumnConstraints matrixColumn = new ColumnConstraints();
        matrixColumn.setPercentWidth(60);
        ColumnConstraints predictionColumn = new ColumnConstraints();
        predictionColumn.setPercentWidth(40);
        grid.getColumnConstraints().setAll(matrixColumn, predictionColumn);
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(50);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(50);
        grid.getRowConstraints().setAll(top, bottom);
        ScrollPane matrixScroll = new ScrollPane(matrix);
        matrixScroll.getStyleClass().add("confusion-scroll");
        matrixScroll.setMinSize(0, 0);
        matrixScroll.setFitToWidth(true);
        matrixScroll.viewportBoundsProperty().addListener((obs, old, now) ->
                matrix.wrapHeadingAt(now.getWidth() - 12));
        predictions.setMinSize(0, 0);
        grid.add(curves, 0, 0, 2, 1);
        grid.add(matrixScroll, 0, 1);
        grid.add(predictions, 1, 1);
        return grid;
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static Label label(String styleClass, String id) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setId(id);
        label.setWrapText(true);
        // The curves give way when space is short, never these lines.
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** Asks for a file and saves the run's checkpoint there. */
    public void saveRun() {
        File file = chooser(text("train.save-run.title")).showSaveDialog(getScene().getWindow());
        if (file != null) {
            viewModel.save(file.toPath());
        }
    }

    /** Asks for a file and saves the run there before returning (when quitting); false when cancelled or failed. */
    public boolean saveRunNow() {
        File file = chooser(text("train.save-run.title")).showSaveDialog(getScene().getWindow());
        return file != null && viewModel.saveNow(file.toPath());
    }

    /** Asks for a saved run and shows it. */
    public void openRun() {
        File file = chooser(text("train.open-run.title")).showOpenDialog(getScene().getWindow());
        if (file != null) {
            viewModel.open(file.toPath());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        return chooser;
    }

    public void exportCurvesPng(ExportActions exports, Color background) {
        exports.png(text("train.export-png.title"), "curves.png", curves, background);
    }

    public void exportCurvesCsv(ExportActions exports) {
        exports.text(text("train.export-csv.title"), "curves.csv", "csv",
                () -> CurvesCsv.render(viewModel.progress().losses(), viewModel.progress().epochs()));
    }
}
