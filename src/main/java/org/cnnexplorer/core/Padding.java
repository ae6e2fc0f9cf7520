package org.cnnexplorer.core;

/**
 * Zero padding of a convolution: explicit rows/columns per side, or {@code same}, which pads so
 * that the output is {@code ceil(input / stride)} (TensorFlow's rule; PyTorch's for stride 1).
 */
public record Padding(Size2d size, boolean same) {

    public static final Padding NONE = new Padding(Size2d.ZERO, false);
    public static final Padding SAME = new Padding(Size2d.ZERO, true);

    public static Padding of(int rowsAndColumns) {
        return new Padding(Size2d.square(rowsAndColumns), false);
    }

    @Override
    public String toString() {
        return same ? "same" : size.toString();
    }
}
