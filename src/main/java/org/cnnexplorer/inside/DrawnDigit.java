package org.cnnexplorer.inside;

import java.util.Optional;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.data.Normalization;
import org.cnnexplorer.i18n.Messages;

/**
 * A drawn digit prepared as LeCun's MNIST was made: the drawing's bounding box (pixels above 0) scaled
 * to fit 20 x 20 keeping its aspect ratio (area averaging, so edges become grey levels), placed in the
 * middle of a 28 x 28 field, then moved by whole pixels so that its centre of mass lands on (14, 14),
 * where the MNIST training images have theirs on average (13.98, 14.02 over the committed fixture); the
 * move is clamped so that the box stays inside the field. {@code pixels} are the 28 x 28 levels 0..1.
 */
public record DrawnDigit(float[] pixels, int boxHeight, int boxWidth, int scaledHeight, int scaledWidth,
                         int shiftY, int shiftX) {

    /** MNIST's field and box sizes. */
    public static final int FIELD = 28;
    static final int BOX = 20;
    private static final double CENTRE = 14;

    /** The digit on a black {@code size x size} raster of levels 0..1; empty when nothing is drawn. */
    public static Optional<DrawnDigit> prepare(float[] raster, int size) {
        int top = size;
        int bottom = -1;
        int left = size;
        int right = -1;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (raster[y * size + x] > 0) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        if (bottom < 0) {
            return Optional.empty();
        }
        int boxHeight = bottom - top + 1;
        int boxWidth = right - left + 1;
        double scale = (double) BOX / Math.max(boxHeight, boxWidth);
        int height = Math.max(1, Math.min(BOX, (int) Math.round(boxHeight * scale)));
        int width = Math.max(1, Math.min(BOX, (int) Math.round(boxWidth * scale)));
        float[] scaled = AreaResize.apply(raster, size, top, left, boxHeight, boxWidth, height, width);
        int y0 = (FIELD - height) / 2;
        int x0 = (FIELD - width) / 2;
        double[] mass = centreOfMass(scaled, height, width);
        int shiftY = clamp((int) Math.round(CENTRE - (y0 + mass[0])), -y0, FIELD - height - y0);
        int shiftX = clamp((int) Math.round(CENTRE - (x0 + mass[1])), -x0, FIELD - width - x0);
        float[] field = new float[FIELD * FIELD];
        for (int y = 0; y < height; y++) {
            System.arraycopy(scaled, y * width, field, (y0 + shiftY + y) * FIELD + x0 + shiftX, width);
        }
        return Optional.of(new DrawnDigit(field, boxHeight, boxWidth, height, width, shiftY, shiftX));
    }

    /** {@code (sum_i y_i v_i / sum_i v_i, sum_i x_i v_i / sum_i v_i)} in pixel indices. */
    static double[] centreOfMass(float[] values, int height, int width) {
        double sum = 0;
        double sy = 0;
        double sx = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = values[y * width + x];
                sum += v;
                sy += y * v;
                sx += x * v;
            }
        }
        return sum == 0 ? new double[] {(height - 1) / 2.0, (width - 1) / 2.0} : new double[] {sy / sum, sx / sum};
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }

    /** {@code drawn digit: box 180x112 -> 20x12 in 28x28, moved 1 down, 2 left by its centre of mass}. */
    public String description() {
        return Messages.text("draw.description", boxWidth, boxHeight, scaledWidth, scaledHeight, FIELD, FIELD,
                shiftY, shiftX);
    }

    /** The digit converted to a network's input like any grey 28 x 28 image, the conversion stated. */
    public ImageInput input(Shape target, Normalization normalization) {
        return ImageInput.of(pixels, 1, FIELD, FIELD, description(), target, normalization);
    }
}
