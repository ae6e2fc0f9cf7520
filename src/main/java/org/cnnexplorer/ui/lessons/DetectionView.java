package org.cnnexplorer.ui.lessons;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.lessons.detection.AveragePrecision;
import org.cnnexplorer.lessons.detection.Box;
import org.cnnexplorer.lessons.detection.DetectionDemo;
import org.cnnexplorer.lessons.detection.Iou;
import org.cnnexplorer.lessons.detection.NonMaxSuppression;
import org.cnnexplorer.ui.common.IntSpinner;

/**
 * The detection lesson drawn: two boxes with their intersection and the IoU steps; non-maximum
 * suppression stepped through with Previous/Next (kept boxes solid, dropped ones dashed with their
 * IoU, boxes still waiting thin) and an editable threshold; the precision-recall curves of two
 * classes with their AP and the mAP. All numbers come from {@link org.cnnexplorer.lessons.detection}.
 */
final class DetectionView extends VBox {

    private static final Color FIRST = Color.web("#1f6feb");
    private static final Color SECOND = Color.web("#d1242f");
    private static final Color KEPT = Color.web("#1a7f37");
    private static final Color WAITING = Color.web("#8250df");
    private static final Color DROPPED = Color.web("#8c959f");

    private final Canvas nmsCanvas = new Canvas(420, 260);
    private final Label nmsStep = wrapped("");
    private final VBox nmsLines = new VBox(4);
    private int threshold = 50;
    private int step = 1;

    DetectionView() {
        super(18);
        setId("detection-view");
        getChildren().addAll(section(Messages.text("detect.section.iou")), iou(),
                section(Messages.text("detect.section.nms")), nms(), section(Messages.text("detect.section.ap")),
                precisionRecall());
        redrawNms();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label section(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add("lesson-network-title");
        return label;
    }

    private HBox iou() {
        List<Box> pair = DetectionDemo.iouPair();
        Iou iou = Iou.of(pair.get(0), pair.get(1));
        double scale = 22;
        Canvas canvas = new Canvas(12 * scale + 20, 12 * scale + 20);
        GraphicsContext g = canvas.getGraphicsContext2D();
        iou.intersectionBox().ifPresent(box -> {
            g.setFill(Color.web("#bf8700", 0.45));
            g.fillRect(10 + box.x1() * scale, 10 + box.y1() * scale, box.width() * scale, box.height() * scale);
        });
        stroke(g, pair.get(0), scale, FIRST, false, "a");
        stroke(g, pair.get(1), scale, SECOND, false, "b");
        VBox steps = new VBox(6);
        steps.getChildren().add(wrapped("a = " + pair.get(0) + ",  b = " + pair.get(1)));
        iou.steps().forEach(s -> steps.getChildren().add(wrapped(s)));
        steps.setId("iou-steps");
        return new HBox(24, canvas, steps);
    }

    private HBox nms() {
        Button previous = new Button(Messages.text("detect.previous"));
        Button next = new Button(Messages.text("detect.next"));
        previous.setOnAction(e -> {
            step = Math.max(0, step - 1);
            redrawNms();
        });
        next.setOnAction(e -> {
            step = Math.min(run().steps().size(), step + 1);
            redrawNms();
        });
        next.setId("nms-next");
        IntSpinner spinner = new IntSpinner(0, 100, threshold, value -> {
            threshold = value;
            step = Math.min(step, run().steps().size());
            redrawNms();
            return true;
        }, bad -> { });
        spinner.setPrefWidth(100);
        spinner.setId("nms-threshold");
        Label thresholdLabel = wrapped(Messages.text("detect.threshold"));
        thresholdLabel.setWrapText(true);
        nmsStep.setId("nms-step");
        nmsLines.setId("nms-lines");
        VBox controls = new VBox(8, new HBox(8, previous, next), nmsStep, thresholdLabel, spinner, nmsLines);
        controls.setPadding(new Insets(0, 0, 0, 8));
        return new HBox(24, nmsCanvas, controls);
    }

    private NonMaxSuppression run() {
        return NonMaxSuppression.run(DetectionDemo.nmsBoxes(), threshold / 100.0);
    }

    private void redrawNms() {
        NonMaxSuppression nms = run();
        List<NonMaxSuppression.Scored> boxes = DetectionDemo.nmsBoxes();
        GraphicsContext g = nmsCanvas.getGraphicsContext2D();
        g.clearRect(0, 0, nmsCanvas.getWidth(), nmsCanvas.getHeight());
        double scale = 4;
        java.util.Set<Integer> decided = new java.util.HashSet<>();
        nmsLines.getChildren().clear();
        for (NonMaxSuppression.Step s : nms.steps().subList(0, Math.min(step, nms.steps().size()))) {
            decided.add(s.kept());
            StringBuilder line = new StringBuilder(Messages.text("detect.view.keep", s.kept(),
                    String.format(Locale.ROOT, "%.2f", boxes.get(s.kept()).score())));
            for (NonMaxSuppression.Suppressed d : s.suppressed()) {
                decided.add(d.index());
                stroke(g, boxes.get(d.index()).box(), scale, DROPPED, true,
                        String.format(Locale.ROOT, "%d: IoU %.2f", d.index(), d.iou()));
                line.append(DetectionDemo.dropped(d));
            }
            nmsLines.getChildren().add(wrapped(line.toString()));
        }
        for (int i = 0; i < boxes.size(); i++) {
            if (!decided.contains(i)) {
                stroke(g, boxes.get(i).box(), scale, WAITING, false,
                        String.format(Locale.ROOT, "%d: %.2f", i, boxes.get(i).score()));
            }
        }
        for (NonMaxSuppression.Step s : nms.steps().subList(0, Math.min(step, nms.steps().size()))) {
            stroke(g, boxes.get(s.kept()).box(), scale, KEPT, false,
                    Messages.text("detect.view.kept", s.kept(), String.format(Locale.ROOT, "%.2f",
                            boxes.get(s.kept()).score())));
        }
        int shown = Math.min(step, nms.steps().size());
        nmsStep.setText(step >= nms.steps().size()
                ? Messages.text("detect.view.stepDone", shown, nms.steps().size(), nms.kept())
                : Messages.text("detect.view.step", shown, nms.steps().size()));
    }

    private static void stroke(GraphicsContext g, Box box, double scale, Color color, boolean dashed, String label) {
        g.setStroke(color);
        g.setLineWidth(dashed ? 1.5 : 2.5);
        g.setLineDashes(dashed ? new double[] {6, 4} : null);
        g.strokeRect(10 + box.x1() * scale, 10 + box.y1() * scale, box.width() * scale, box.height() * scale);
        g.setLineDashes((double[]) null);
        g.setFill(color);
        g.setFont(Font.font(13));
        g.fillText(label, 13 + box.x1() * scale, 24 + box.y1() * scale);
    }

    private HBox precisionRecall() {
        NumberAxis recall = new NumberAxis(Messages.text("detect.recall"), 0, 1, 0.25);
        NumberAxis precision = new NumberAxis(Messages.text("detect.precision"), 0, 1.05, 0.25);
        LineChart<Number, Number> chart = new LineChart<>(recall, precision);
        chart.setAnimated(false);
        chart.setPrefSize(420, 300);
        chart.setId("pr-chart");
        VBox lines = new VBox(4);
        List<AveragePrecision> perClass = new java.util.ArrayList<>();
        for (int c = 0; c < DetectionDemo.truths().size(); c++) {
            AveragePrecision ap = AveragePrecision.of(DetectionDemo.detections().get(c), DetectionDemo.truths().get(c),
                    0.5);
            perClass.add(ap);
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(Messages.text("detect.view.series", c, String.format(Locale.ROOT, "%.3f", ap.value())));
            for (AveragePrecision.Point p : ap.points()) {
                series.getData().add(new XYChart.Data<>(p.recall(), p.precision()));
            }
            chart.getData().add(series);
            lines.getChildren().add(wrapped(Messages.text("detect.view.truths", c, ap.groundTruths(),
                    String.join(" ", ap.points().stream().map(p -> p.truePositive() ? "TP" : "FP").toList()))));
            lines.getChildren().add(wrapped(String.format(Locale.ROOT, "  AP = %.4f", ap.value())));
        }
        Label map = wrapped(String.format(Locale.ROOT, "mAP = %.4f", AveragePrecision.mean(perClass)));
        map.setId("map-value");
        map.getStyleClass().add("lesson-network-title");
        Label how = wrapped(Messages.text("detect.view.how"));
        how.setWrapText(true);
        lines.getChildren().addAll(map, how);
        lines.setPrefWidth(420);
        return new HBox(24, chart, lines);
    }
}
