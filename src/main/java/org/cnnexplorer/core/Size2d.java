package org.cnnexplorer.core;

/** A height/width pair: a kernel, a stride, a padding, a dilation or an output size. */
public record Size2d(int height, int width) {

    public static final Size2d ONE = new Size2d(1, 1);
    public static final Size2d ZERO = new Size2d(0, 0);

    public Size2d {
        if (height < 0 || width < 0) {
            throw new SpecException("core.spec.size", height + "x" + width);
        }
    }

    public static Size2d square(int size) {
        return new Size2d(size, size);
    }

    public boolean isSquare() {
        return height == width;
    }

    /** {@code 3} when square, else {@code 1x7}. */
    @Override
    public String toString() {
        return isSquare() ? Integer.toString(height) : height + "x" + width;
    }
}
