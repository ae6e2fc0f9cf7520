package org.cnnexplorer.lessons.detection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cnnexplorer.i18n.Messages;

/**
 * Intersection over union of two boxes, with its steps: the intersection is the box
 * {@code (max x1, max y1, min x2, min y2)} when that is not empty;
 * {@code IoU = intersection / (area a + area b - intersection)}, 0 when the union is empty.
 *
 * @param intersectionBox empty when the boxes do not overlap (touching edges give a zero-area box)
 */
public record Iou(Box a, Box b, Optional<Box> intersectionBox, double intersection, double union, double value) {

    /** Computes the IoU of two boxes, keeping every step. */
    public static Iou of(Box a, Box b) {
        double x1 = Math.max(a.x1(), b.x1());
        double y1 = Math.max(a.y1(), b.y1());
        double x2 = Math.min(a.x2(), b.x2());
        double y2 = Math.min(a.y2(), b.y2());
        Optional<Box> overlap = x2 >= x1 && y2 >= y1 ? Optional.of(new Box(x1, y1, x2, y2)) : Optional.empty();
        double intersection = overlap.map(Box::area).orElse(0.0);
        double union = a.area() + b.area() - intersection;
        return new Iou(a, b, overlap, intersection, union, union > 0 ? intersection / union : 0.0);
    }

    /** The steps as lines for a lesson panel or the CLI. */
    public List<String> steps() {
        String overlap = intersectionBox.map(box -> Messages.text("detect.iou.intersection", box,
                number(box.width()), number(box.height()), number(intersection)))
                .orElse(Messages.text("detect.iou.none"));
        return List.of(
                Messages.text("detect.iou.area", "a", number(a.width()), number(a.height()), number(a.area())),
                Messages.text("detect.iou.area", "b", number(b.width()), number(b.height()), number(b.area())),
                overlap,
                Messages.text("detect.iou.union", number(a.area()), number(b.area()), number(intersection),
                        number(union)),
                "IoU = " + number(intersection) + " / " + number(union) + " = " + String.format(Locale.ROOT,
                        "%.4f", value));
    }

    /** A coordinate or area without a trailing {@code .0}: 12, 12.5, 0.25. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
