package org.cnnexplorer.lessons.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cnnexplorer.i18n.Messages;

/**
 * The detection lesson's worked example: two overlapping boxes for IoU, five scored boxes around
 * two objects for non-maximum suppression, and eight detections of two classes against five
 * ground truths for average precision and mAP. The same boxes are checked against torchvision's
 * {@code box_iou} and {@code nms} in the tests.
 */
public final class DetectionDemo {

    /** The IoU above which NMS drops a box in the example. */
    public static final double NMS_THRESHOLD = 0.5;

    private DetectionDemo() {
    }

    /** Two boxes: (2, 2, 8, 8) and (4, 5, 10, 11); intersection 4 * 3 = 12, union 60, IoU 0.2. */
    public static List<Box> iouPair() {
        return List.of(new Box(2, 2, 8, 8), new Box(4, 5, 10, 11));
    }

    /** Five scored boxes: three around one object, two around another. */
    public static List<NonMaxSuppression.Scored> nmsBoxes() {
        return List.of(
                new NonMaxSuppression.Scored(new Box(10, 10, 50, 50), 0.9),
                new NonMaxSuppression.Scored(new Box(12, 14, 52, 54), 0.8),
                new NonMaxSuppression.Scored(new Box(60, 20, 90, 60), 0.75),
                new NonMaxSuppression.Scored(new Box(6, 4, 44, 46), 0.6),
                new NonMaxSuppression.Scored(new Box(62, 24, 94, 62), 0.5));
    }

    /** Ground truths: class 0 has three boxes in two images, class 1 two boxes. */
    public static List<List<AveragePrecision.Truth>> truths() {
        return List.of(
                List.of(new AveragePrecision.Truth(0, new Box(10, 10, 50, 50)),
                        new AveragePrecision.Truth(0, new Box(60, 20, 90, 60)),
                        new AveragePrecision.Truth(1, new Box(20, 20, 40, 40))),
                List.of(new AveragePrecision.Truth(0, new Box(5, 60, 35, 95)),
                        new AveragePrecision.Truth(1, new Box(50, 50, 90, 90))));
    }

    /** Detections per class, scores chosen so that the curves have a dip. */
    public static List<List<AveragePrecision.Detection>> detections() {
        return List.of(
                List.of(new AveragePrecision.Detection(0, new Box(11, 12, 50, 52), 0.95),
                        new AveragePrecision.Detection(1, new Box(60, 60, 80, 80), 0.85),
                        new AveragePrecision.Detection(0, new Box(61, 22, 91, 58), 0.7),
                        new AveragePrecision.Detection(0, new Box(12, 10, 48, 50), 0.6),
                        new AveragePrecision.Detection(1, new Box(21, 19, 41, 42), 0.4)),
                List.of(new AveragePrecision.Detection(1, new Box(48, 52, 88, 92), 0.9),
                        new AveragePrecision.Detection(0, new Box(70, 5, 95, 30), 0.8),
                        new AveragePrecision.Detection(0, new Box(6, 58, 36, 94), 0.3)));
    }

    /** The whole worked example as text lines (for {@code cnnx lesson detection}). */
    public static List<String> lines() {
        List<String> lines = new ArrayList<>();
        List<Box> pair = iouPair();
        lines.add(Messages.text("detect.iou.heading", pair.get(0), pair.get(1)));
        Iou.of(pair.get(0), pair.get(1)).steps().forEach(s -> lines.add("  " + s));
        lines.add("");
        List<NonMaxSuppression.Scored> boxes = nmsBoxes();
        lines.add(Messages.text("detect.nms.heading", NMS_THRESHOLD, boxes.size()));
        for (int i = 0; i < boxes.size(); i++) {
            lines.add("  " + Messages.text("detect.nms.box", i, boxes.get(i).box(),
                    String.format(Locale.ROOT, "%.2f", boxes.get(i).score())));
        }
        for (NonMaxSuppression.Step step : NonMaxSuppression.run(boxes, NMS_THRESHOLD).steps()) {
            StringBuilder line = new StringBuilder("  " + Messages.text("detect.nms.keep", step.kept()));
            step.suppressed().forEach(s -> line.append(dropped(s)));
            lines.add(line.toString());
        }
        lines.add("");
        List<AveragePrecision> perClass = new ArrayList<>();
        for (int c = 0; c < truths().size(); c++) {
            AveragePrecision ap = AveragePrecision.of(detections().get(c), truths().get(c), 0.5);
            perClass.add(ap);
            lines.add(Messages.text("detect.ap.class", c, ap.groundTruths()));
            for (AveragePrecision.Point p : ap.points()) {
                lines.add("  " + Messages.text("detect.ap.point", String.format(Locale.ROOT, "%.2f",
                        p.detection().score()), p.truePositive() ? "TP" : "FP",
                        String.format(Locale.ROOT, "%.3f", p.precision()),
                        String.format(Locale.ROOT, "%.3f", p.recall())));
            }
            lines.add(String.format(Locale.ROOT, "  AP = %.4f", ap.value()));
        }
        lines.add(Messages.text("detect.map", perClass.size(), String.format(Locale.ROOT, "%.4f",
                AveragePrecision.mean(perClass))));
        return lines;
    }

    /** {@code ", drop box 3 (IoU 0.712)"}: one box suppressed by the box just kept. */
    public static String dropped(NonMaxSuppression.Suppressed suppressed) {
        return Messages.text("detect.nms.drop", suppressed.index(), String.format(Locale.ROOT, "%.3f",
                suppressed.iou()));
    }
}
