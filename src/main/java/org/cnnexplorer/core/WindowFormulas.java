package org.cnnexplorer.core;

import java.util.List;
import java.util.stream.Collectors;
import org.cnnexplorer.i18n.Messages;

/**
 * The formulas of sliding windows and receptive fields, with the numbers filled in: the output
 * length of {@link SlidingWindow} and the steps of {@link ReceptiveField}, per axis.
 */
final class WindowFormulas {

    private static final String STRETCHED = "calc.note.stretched";

    private WindowFormulas() {
    }

    /** One axis of the input, kernel, stride, padding and dilation: {@code H} or {@code W}. */
    record Axis(String letter, int in, int kernel, int stride, int padding, int dilation) {
    }

    /** {@code floor((H_in + 2*p - d*(k-1) - 1)/s) + 1}, ceil in ceil mode, less the window PyTorch drops. */
    static Formula outputLength(Figure figure, Axis a, boolean ceilMode, long out) {
        String round = ceilMode ? "ceil" : "floor";
        String symbols = round + "((" + a.letter + "_in + 2*p - d*(k-1) - 1)/s) + 1";
        String numbers = round + "((" + a.in + " + 2*" + a.padding + " - " + a.dilation + "*(" + a.kernel
                + "-1) - 1)/" + a.stride + ") + 1";
        long span = a.in + 2L * a.padding - (long) a.dilation * (a.kernel - 1) - 1;
        long rounded = (ceilMode ? -Math.floorDiv(-span, a.stride) : Math.floorDiv(span, a.stride)) + 1;
        if (out != rounded) {
            return new Formula(figure.symbol(), symbols + " - 1", numbers + " - 1", out,
                    Messages.text("calc.note.ceilDropped"));
        }
        boolean partial = ceilMode && rounded != Math.floorDiv(span, a.stride) + 1;
        return new Formula(figure.symbol(), symbols, numbers, out,
                partial ? Messages.text("calc.note.ceilPartial") : "");
    }

    /** {@code ceil(H_in/s)}: the output length of {@code same} padding. */
    static Formula sameLength(Figure figure, Axis a, long out) {
        return new Formula(figure.symbol(), "ceil(" + a.letter + "_in/s)", "ceil(" + a.in + "/" + a.stride + ")",
                out, Messages.text("calc.note.samePadding"));
    }

    /** The field after a window: {@code RF_in + (k-1)*d*J_in} and {@code J_in*s}. */
    static List<Formula> through(ReceptiveField in, Size2d kernel, Size2d stride, Size2d dilation,
                                 ReceptiveField out) {
        return List.of(
                throughSize(Figure.RF_HEIGHT, in.sizeHeight(), in.jumpHeight(), in.stretchHeight(), kernel.height(),
                        dilation.height(), out.sizeHeight()),
                throughSize(Figure.RF_WIDTH, in.sizeWidth(), in.jumpWidth(), in.stretchWidth(), kernel.width(),
                        dilation.width(), out.sizeWidth()),
                throughJump(Figure.JUMP_HEIGHT, in.jumpHeight(), in.stretchHeight(), stride.height(),
                        out.jumpHeight()),
                throughJump(Figure.JUMP_WIDTH, in.jumpWidth(), in.stretchWidth(), stride.width(), out.jumpWidth()));
    }

    private static Formula throughSize(Figure figure, int size, int jump, ReceptiveField.Stretch stretch, int kernel,
                                       int dilation, long out) {
        if (!stretch.isNone()) {
            return Formula.given(figure.symbol(), out, Messages.text(STRETCHED));
        }
        return Formula.of(figure.symbol(), "RF_in + (k-1)*d*J_in",
                size + " + (" + kernel + "-1)*" + dilation + "*" + jump, out);
    }

    private static Formula throughJump(Figure figure, int jump, ReceptiveField.Stretch stretch, int stride,
                                       long out) {
        if (!stretch.isNone()) {
            return Formula.given(figure.symbol(), out, Messages.text(STRETCHED));
        }
        return Formula.of(figure.symbol(), "J_in*s", jump + "*" + stride, out);
    }

    /**
     * The field after an adaptive average pool from {@code in} to {@code out} cells per axis: the
     * widest PyTorch window {@code w} (cells {@code floor(i*in/out)} to {@code ceil((i+1)*in/out) - 1})
     * gives {@code RF_in + (w-1)*J_in}; the jump grows by {@code floor(in/out)} unless the pool enlarges.
     */
    static List<Formula> adaptive(ReceptiveField in, Shape input, Size2d output, ReceptiveField out) {
        return List.of(
                adaptiveSize(Figure.RF_HEIGHT, in.sizeHeight(), in.jumpHeight(), in.stretchHeight(),
                        input.height(), output.height(), out.sizeHeight()),
                adaptiveSize(Figure.RF_WIDTH, in.sizeWidth(), in.jumpWidth(), in.stretchWidth(), input.width(),
                        output.width(), out.sizeWidth()),
                adaptiveJump(Figure.JUMP_HEIGHT, in.jumpHeight(), in.stretchHeight(), input.height(),
                        output.height(), out.jumpHeight()),
                adaptiveJump(Figure.JUMP_WIDTH, in.jumpWidth(), in.stretchWidth(), input.width(), output.width(),
                        out.jumpWidth()));
    }

    private static Formula adaptiveSize(Figure figure, int size, int jump, ReceptiveField.Stretch stretch, int in,
                                        int out, long result) {
        if (!stretch.isNone()) {
            return Formula.given(figure.symbol(), result, Messages.text(STRETCHED));
        }
        if (in % out == 0) {
            return Formula.of(figure.symbol(), "RF_in + (in/out - 1)*J_in",
                    size + " + (" + in + "/" + out + " - 1)*" + jump, result);
        }
        long window = new ReceptiveField.Stretch(in, out).distinct(1);
        return new Formula(figure.symbol(), "RF_in + (w-1)*J_in", size + " + (" + window + "-1)*" + jump, result,
                Messages.text("calc.note.adaptiveWindow", window, in, out));
    }

    private static Formula adaptiveJump(Figure figure, int jump, ReceptiveField.Stretch stretch, int in, int out,
                                        long result) {
        if (!stretch.isNone()) {
            return Formula.given(figure.symbol(), result, Messages.text(STRETCHED));
        }
        if (out > in) {
            return new Formula(figure.symbol(), "J_in", Integer.toString(jump), result,
                    Messages.text("calc.note.enlarges", in, out));
        }
        return Formula.of(figure.symbol(), "J_in*floor(in/out)", jump + "*floor(" + in + "/" + out + ")", result);
    }

    /** Where branches meet (or one input passes through): the widest field and jump. */
    static List<Formula> union(List<ReceptiveField> fields, ReceptiveField out) {
        List<ReceptiveField> in = ReceptiveField.aligned(fields);
        return List.of(
                widest(Figure.RF_HEIGHT, "RF", in.stream().map(f -> f.sizeHeight()).toList(), out.sizeHeight()),
                widest(Figure.RF_WIDTH, "RF", in.stream().map(f -> f.sizeWidth()).toList(), out.sizeWidth()),
                widest(Figure.JUMP_HEIGHT, "J", in.stream().map(f -> f.jumpHeight()).toList(), out.jumpHeight()),
                widest(Figure.JUMP_WIDTH, "J", in.stream().map(f -> f.jumpWidth()).toList(), out.jumpWidth()));
    }

    private static Formula widest(Figure figure, String letter, List<Integer> values, long out) {
        if (values.size() == 1) {
            return Formula.of(figure.symbol(), letter + "_in", Integer.toString(values.get(0)), out);
        }
        return Formula.of(figure.symbol(), "max(" + letter + "_1, ..., " + letter + "_" + values.size() + ")",
                "max(" + values.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")", out);
    }
}
