package org.cnnexplorer.inside;

import org.cnnexplorer.core.Shape;
import org.cnnexplorer.i18n.Messages;

/**
 * The input values under a sliding window on one input channel, row by row: {@code height x width}
 * cells whose top-left cell sits at input row {@code top}, column {@code left} (negative inside the
 * padding). A cell outside the input is padding: its value is 0 and {@link #isPadding} says so.
 */
public record Window(int channel, int top, int left, int height, int width, int dilationY, int dilationX,
                     float[] values, boolean[] padding) {

    /** Reads the window from a C x H x W tensor. */
    static Window read(float[] tensor, Shape shape, int channel, int top, int left, int height, int width,
                       int dilationY, int dilationX) {
        float[] values = new float[height * width];
        boolean[] padding = new boolean[height * width];
        for (int ky = 0; ky < height; ky++) {
            for (int kx = 0; kx < width; kx++) {
                int y = top + ky * dilationY;
                int x = left + kx * dilationX;
                int cell = ky * width + kx;
                if (y < 0 || y >= shape.height() || x < 0 || x >= shape.width()) {
                    padding[cell] = true;
                } else {
                    values[cell] = tensor[(channel * shape.height() + y) * shape.width() + x];
                }
            }
        }
        return new Window(channel, top, left, height, width, dilationY, dilationX, values, padding);
    }

    /** The value in window row {@code ky}, column {@code kx}. */
    public float value(int ky, int kx) {
        return values[ky * width + kx];
    }

    public boolean isPadding(int ky, int kx) {
        return padding[ky * width + kx];
    }

    /** Cells that lie on the input (not padding). */
    public int realCells() {
        int count = 0;
        for (boolean pad : padding) {
            count += pad ? 0 : 1;
        }
        return count;
    }

    /** {@code rows 3..7, columns 0..4} of the input (padding included). */
    public String placeText() {
        return Messages.text("calc.window.place", top, top + (height - 1) * dilationY, left,
                left + (width - 1) * dilationX);
    }
}
