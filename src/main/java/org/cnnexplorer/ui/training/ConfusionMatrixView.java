package org.cnnexplorer.ui.training;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.cnnexplorer.training.TrainingResult;

/**
 * The confusion matrix as a heat map: rows are true classes, columns predictions; each cell's
 * shade is its share of the row (blue on the diagonal, red elsewhere) and shows the count.
 */
final class ConfusionMatrixView extends VBox {

    private final GridPane grid = new GridPane();
    private final Label empty = new Label(text("train.confusion.empty"));
    private final Label heading = new Label(text("train.confusion.heading"));

    ConfusionMatrixView() {
        getStyleClass().add("confusion-matrix");
        heading.getStyleClass().add("panel-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        empty.setWrapText(true);
        grid.getStyleClass().add("confusion-grid");
        empty.getStyleClass().add("muted");
        getChildren().addAll(heading, empty, grid);
        setId("confusion-matrix");
    }

    /**
     * Wraps the heading at {@code width}, the visible width of the scroll pane around the matrix: a
     * matrix wider than that scrolls sideways, its heading stays in view.
     */
    void wrapHeadingAt(double width) {
        heading.setMaxWidth(Math.max(0, width));
    }

    void show(TrainingResult result) {
        grid.getChildren().clear();
        empty.setVisible(result == null);
        empty.setManaged(result == null);
        if (result == null) {
            return;
        }
        List<String> names = result.classNames();
        int[][] m = result.confusion();
        boolean rotate = names.stream().anyMatch(n -> n.length() > 3);
        for (int c = 0; c < m.length; c++) {
            Label column = header(PixelImages.className(names, c), rotate);
            // A rotated label in a group: the grid sizes the header row by the turned text, which is then never cut.
            Node top = rotate ? new Group(column) : column;
            GridPane.setHalignment(top, HPos.CENTER);
            GridPane.setValignment(top, VPos.BOTTOM);
            grid.add(top, c + 1, 0);
            grid.add(header(PixelImages.className(names, c), false), 0, c + 1);
        }
        for (int t = 0; t < m.length; t++) {
            int rowSum = 0;
            for (int count : m[t]) {
                rowSum += count;
            }
            for (int p = 0; p < m[t].length; p++) {
                String truth = PixelImages.className(names, t);
                grid.add(cell(m[t][p], rowSum, t == p, truth, PixelImages.className(names, p)), p + 1, t + 1);
            }
        }
    }


    private static Label header(String text, boolean rotated) {
        Label label = new Label(text);
        label.getStyleClass().add("confusion-header");
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (rotated) {
            label.setRotate(-60);
        }
        return label;
    }

    private static Label cell(int count, int rowSum, boolean diagonal, String truth, String predicted) {
        Label label = new Label(Integer.toString(count));
        label.getStyleClass().add("confusion-cell");
        label.setAlignment(Pos.CENTER);
        double share = rowSum == 0 ? 0 : (double) count / rowSum;
        Color base = diagonal ? Color.web("#2563eb") : Color.web("#dc2626");
        double alpha = diagonal ? 0.1 + 0.9 * share : Math.min(1, share * 4);
        Color fill = Color.color(base.getRed(), base.getGreen(), base.getBlue(), count == 0 ? 0 : alpha);
        label.setStyle("-fx-background-color: " + web(fill) + ";");
        if (alpha > 0.55) {
            label.getStyleClass().add("strong");
        }
        label.setTooltip(new Tooltip(text("train.confusion.cell", count, truth, predicted)));
        return label;
    }

    private static String web(Color c) {
        return String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.3f)", (int) (c.getRed() * 255),
                (int) (c.getGreen() * 255), (int) (c.getBlue() * 255), c.getOpacity());
    }
}
