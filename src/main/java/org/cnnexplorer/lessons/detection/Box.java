package org.cnnexplorer.lessons.detection;

import java.util.Locale;

/**
 * An axis-aligned box by its corners, {@code x1 <= x2} and {@code y1 <= y2}, in pixels of a
 * continuous plane. Area {@code (x2 - x1) * (y2 - y1)}.
 */
public record Box(double x1, double y1, double x2, double y2) {

    public Box {
        if (!Double.isFinite(x1) || !Double.isFinite(y1) || !Double.isFinite(x2) || !Double.isFinite(y2)) {
            throw new IllegalArgumentException("box corners must be finite numbers");
        }
        if (x2 < x1 || y2 < y1) {
            throw new IllegalArgumentException("a box needs x1 <= x2 and y1 <= y2, got " + corners(x1, y1, x2, y2));
        }
    }

    /** A box from its centre and size, as YOLO predicts it: {@code (cx - w/2, cy - h/2, cx + w/2, cy + h/2)}. */
    public static Box centred(double cx, double cy, double width, double height) {
        return new Box(cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2);
    }

    public double width() {
        return x2 - x1;
    }

    public double height() {
        return y2 - y1;
    }

    public double area() {
        return width() * height();
    }

    @Override
    public String toString() {
        return corners(x1, y1, x2, y2);
    }

    private static String corners(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "(%s, %s, %s, %s)", Iou.number(x1), Iou.number(y1), Iou.number(x2),
                Iou.number(y2));
    }
}
