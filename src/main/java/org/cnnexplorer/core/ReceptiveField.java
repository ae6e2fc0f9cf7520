package org.cnnexplorer.core;

/**
 * The receptive field of one output value in input pixels, per axis: its {@code size} and its
 * {@code jump} (the distance in input pixels between neighbouring outputs, the effective stride).
 * Through a layer with kernel k, stride s and dilation d: size' = size + (k - 1) * d * jump,
 * jump' = jump * s.
 */
public record ReceptiveField(int sizeHeight, int sizeWidth, int jumpHeight, int jumpWidth) {

    /** The input itself: one pixel, jump 1. */
    public static final ReceptiveField PIXEL = new ReceptiveField(1, 1, 1, 1);

    /** The field after a window of the given kernel, stride and dilation. */
    public ReceptiveField through(Size2d kernel, Size2d stride, Size2d dilation) {
        return new ReceptiveField(
                grow(sizeHeight, kernel.height(), dilation.height(), jumpHeight),
                grow(sizeWidth, kernel.width(), dilation.width(), jumpWidth),
                saturatedProduct(jumpHeight, stride.height()),
                saturatedProduct(jumpWidth, stride.width()));
    }

    /** The wider of two fields, as where branches meet (concat, add). */
    public ReceptiveField union(ReceptiveField other) {
        return new ReceptiveField(Math.max(sizeHeight, other.sizeHeight), Math.max(sizeWidth, other.sizeWidth),
                Math.max(jumpHeight, other.jumpHeight), Math.max(jumpWidth, other.jumpWidth));
    }

    private static int grow(int size, int kernel, int dilation, int jump) {
        long grown = size + (long) (kernel - 1) * dilation * jump;
        return (int) Math.min(Integer.MAX_VALUE, grown);
    }

    private static int saturatedProduct(int a, int b) {
        return (int) Math.min(Integer.MAX_VALUE, (long) a * b);
    }

    /** The size text: {@code 35} when square, else {@code 35x19}. */
    public String sizeText() {
        return sizeHeight == sizeWidth ? Integer.toString(sizeHeight) : sizeHeight + "x" + sizeWidth;
    }

    /** The jump text: {@code 8} when square, else {@code 8x4}. */
    public String jumpText() {
        return jumpHeight == jumpWidth ? Integer.toString(jumpHeight) : jumpHeight + "x" + jumpWidth;
    }
}
