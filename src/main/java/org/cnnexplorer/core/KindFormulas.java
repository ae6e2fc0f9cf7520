package org.cnnexplorer.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The formulas of each layer kind, as the specs' Javadoc gives them, written into a
 * {@link FormulaSheet}; {@link LayerExplainer} chooses the method by kind.
 */
final class KindFormulas {

    private KindFormulas() {
    }

    static void input(FormulaSheet sheet) {
        Shape shape = sheet.out();
        sheet.put(Figure.OUT_CHANNELS, "C", Integer.toString(shape.channels()), "the input in the settings");
        sheet.put(Figure.OUT_HEIGHT, "H", Integer.toString(shape.height()), "the input in the settings");
        sheet.put(Figure.OUT_WIDTH, "W", Integer.toString(shape.width()), "the input in the settings");
        for (Figure figure : new Figure[] {Figure.RF_HEIGHT, Figure.RF_WIDTH, Figure.JUMP_HEIGHT, Figure.JUMP_WIDTH}) {
            sheet.put(figure, "1", "1", "one input pixel");
        }
    }

    static void conv(FormulaSheet sheet) {
        Conv2dSpec conv = (Conv2dSpec) sheet.layer().spec();
        Shape in = sheet.in();
        Shape out = sheet.out();
        sheet.put(Figure.OUT_CHANNELS, "F", Integer.toString(conv.filters()), "one channel per filter");
        Size2d pad = conv.effectivePadding(in);
        window(sheet, new WindowFormulas.Axis("H", in.height(), conv.kernel().height(), conv.stride().height(),
                pad.height(), conv.dilation().height()), new WindowFormulas.Axis("W", in.width(), conv.kernel().width(),
                conv.stride().width(), pad.width(), conv.dilation().width()), conv.padding().same(), false);
        String weights = conv.kernel().height() + "*" + conv.kernel().width() + "*" + in.channels() + "/"
                + conv.groups();
        boolean folded = sheet.layer().isFolded();
        if (conv.bias() || folded) {
            sheet.put(Figure.PARAMS, "(k_h*k_w*C_in/g)*F + F", "(" + weights + ")*" + conv.filters() + " + "
                    + conv.filters(), conv.bias() ? "weights and a bias per filter"
                    : "weights, and the bias of the folded " + sheet.layer().foldedWith());
        } else {
            sheet.put(Figure.PARAMS, "(k_h*k_w*C_in/g)*F", "(" + weights + ")*" + conv.filters(), "no bias");
        }
        sheet.put(Figure.MACS, "F*H_out*W_out*(C_in/g)*k_h*k_w", out.channels() + "*" + out.height() + "*"
                + out.width() + "*(" + in.channels() + "/" + conv.groups() + ")*" + conv.kernel().height() + "*"
                + conv.kernel().width(), "one per weight, per output position");
        sheet.putAll(WindowFormulas.through(sheet.fields().get(0), conv.kernel(), conv.stride(), conv.dilation(),
                sheet.layer().receptiveField()), Figure.RF_HEIGHT, Figure.RF_WIDTH, Figure.JUMP_HEIGHT,
                Figure.JUMP_WIDTH);
    }

    static void pool(FormulaSheet sheet) {
        PoolSpec pool = (PoolSpec) sheet.layer().spec();
        Shape in = sheet.in();
        window(sheet, new WindowFormulas.Axis("H", in.height(), pool.kernel().height(), pool.stride().height(),
                pool.padding().height(), 1), new WindowFormulas.Axis("W", in.width(), pool.kernel().width(),
                pool.stride().width(), pool.padding().width(), 1), false, pool.ceilMode());
        String[] out = FormulaSheet.elements(sheet.out(), "_out");
        sheet.put(Figure.OTHER_OPS, out[0] + "*k_h*k_w", out[1] + "*" + pool.kernel().height() + "*"
                + pool.kernel().width(), pool.kind() == PoolSpec.Kind.MAX ? "a compare per window value"
                : "an add per window value");
        sheet.putAll(WindowFormulas.through(sheet.fields().get(0), pool.kernel(), pool.stride(), Size2d.ONE,
                sheet.layer().receptiveField()), Figure.RF_HEIGHT, Figure.RF_WIDTH, Figure.JUMP_HEIGHT,
                Figure.JUMP_WIDTH);
    }

    static void adaptivePool(FormulaSheet sheet) {
        AdaptiveAvgPoolSpec pool = (AdaptiveAvgPoolSpec) sheet.layer().spec();
        sheet.put(Figure.OUT_HEIGHT, "H_target", Integer.toString(pool.output().height()), "fixed by the layer");
        sheet.put(Figure.OUT_WIDTH, "W_target", Integer.toString(pool.output().width()), "fixed by the layer");
        String[] in = FormulaSheet.elements(sheet.in(), "_in");
        String[] out = FormulaSheet.elements(sheet.out(), "_out");
        sheet.put(Figure.OTHER_OPS, "max(" + in[0] + ", " + out[0] + ") + " + out[0],
                "max(" + in[1] + ", " + out[1] + ") + " + out[1], "an add per input value, a divide per output");
        sheet.putAll(WindowFormulas.adaptive(sheet.fields().get(0), sheet.in(), pool.output(),
                sheet.layer().receptiveField()), Figure.RF_HEIGHT, Figure.RF_WIDTH, Figure.JUMP_HEIGHT,
                Figure.JUMP_WIDTH);
    }

    static void dense(FormulaSheet sheet) {
        DenseSpec dense = (DenseSpec) sheet.layer().spec();
        int in = sheet.in().channels();
        int units = sheet.out().channels();
        sheet.put(Figure.OUT_CHANNELS, "N_out", Integer.toString(units), "one value per unit");
        sheet.put(Figure.PARAMS, dense.bias() ? "N_in*N_out + N_out" : "N_in*N_out",
                in + "*" + units + (dense.bias() ? " + " + units : ""), dense.bias() ? "weights and biases"
                : "no bias");
        sheet.put(Figure.MACS, "N_in*N_out", in + "*" + units, "one per weight");
    }

    static void flatten(FormulaSheet sheet) {
        Shape in = sheet.in();
        String[] values = FormulaSheet.elements(in, "_in");
        sheet.put(Figure.OUT_CHANNELS, values[0], values[1], "a vector of every input value");
        sheet.put(Figure.OUT_HEIGHT, "1", "1", "a vector");
        sheet.put(Figure.OUT_WIDTH, "1", "1", "a vector");
        Size2d whole = new Size2d(in.height(), in.width());
        sheet.putAll(WindowFormulas.through(sheet.fields().get(0), whole, whole, Size2d.ONE,
                sheet.layer().receptiveField()), Figure.RF_HEIGHT, Figure.RF_WIDTH, Figure.JUMP_HEIGHT,
                Figure.JUMP_WIDTH);
    }

    static void batchNorm(FormulaSheet sheet) {
        if (sheet.layer().isFolded()) {
            String note = "folded into " + sheet.layer().foldedWith();
            sheet.given(Figure.PARAMS, note);
            sheet.given(Figure.BUFFERS, note);
            sheet.given(Figure.OTHER_OPS, note);
            return;
        }
        int channels = sheet.in().channels();
        sheet.put(Figure.PARAMS, "2*C", "2*" + channels, "a scale and a shift per channel");
        sheet.put(Figure.BUFFERS, "2*C", "2*" + channels, "running mean and variance per channel");
        String[] out = FormulaSheet.elements(sheet.out(), "");
        sheet.put(Figure.OTHER_OPS, "2*" + out[0], "2*" + out[1], "a multiply and an add per value");
    }

    static void lrn(FormulaSheet sheet) {
        LrnSpec lrn = (LrnSpec) sheet.layer().spec();
        String[] out = FormulaSheet.elements(sheet.out(), "");
        sheet.put(Figure.OTHER_OPS, out[0] + "*(n + 3)", out[1] + "*(" + lrn.size() + " + 3)",
                "n squares and sums, and the scale, power and divide per value");
    }

    static void dropout(FormulaSheet sheet) {
        String[] out = FormulaSheet.elements(sheet.out(), "");
        sheet.put(Figure.OTHER_OPS, out[0], out[1], "one per value");
    }

    static void activation(FormulaSheet sheet) {
        Activation function = ((ActivationSpec) sheet.layer().spec()).function();
        String[] out = FormulaSheet.elements(sheet.out(), "");
        sheet.put(Figure.OTHER_OPS, out[0] + "*ops", out[1] + "*" + function.opsPerElement(),
                function.id() + ": " + function.opsPerElement() + " per value");
    }

    static void concat(FormulaSheet sheet) {
        var shapes = sheet.layer().inputShapes();
        sheet.put(Figure.OUT_CHANNELS, "C_1 + ... + C_" + shapes.size(), shapes.stream()
                .map(s -> Integer.toString(s.channels())).collect(Collectors.joining(" + ")), "channels stacked");
    }

    static void add(FormulaSheet sheet) {
        String[] out = FormulaSheet.elements(sheet.out(), "");
        int inputs = sheet.layer().inputShapes().size();
        sheet.put(Figure.OTHER_OPS, out[0] + "*(inputs - 1)", out[1] + "*(" + inputs + " - 1)",
                "one add per value per extra input");
    }

    static void leakyRelu(FormulaSheet sheet) {
        String[] out = FormulaSheet.elements(sheet.out(), "");
        sheet.put(Figure.OTHER_OPS, out[0] + "*2", out[1] + "*2", "leaky-relu: a compare and a multiply per value");
    }

    /**
     * A broadcast product: the other ops of {@code add}; the field's size is the widest input's (a
     * squeeze-and-excitation gate saw the whole image), its jump the feature map's.
     */
    static void multiply(FormulaSheet sheet) {
        add(sheet);
        LayerReport layer = sheet.layer();
        Shape out = layer.output();
        List<ReceptiveField> fields = sheet.fields();
        String heights = fields.stream().map(f -> Integer.toString(f.sizeHeight())).collect(Collectors.joining(", "));
        String widths = fields.stream().map(f -> Integer.toString(f.sizeWidth())).collect(Collectors.joining(", "));
        sheet.put(Figure.RF_HEIGHT, "max(RF_1, ..., RF_n)", "max(" + heights + ")", "the widest input's field");
        sheet.put(Figure.RF_WIDTH, "max(RF_1, ..., RF_n)", "max(" + widths + ")", "the widest input's field");
        ReceptiveField spacing = fields.get(0);
        for (int i = 0; i < fields.size(); i++) {
            if (layer.inputShapes().get(i).equals(out)) {
                spacing = fields.get(i);
                break;
            }
        }
        sheet.put(Figure.JUMP_HEIGHT, "J_map", Integer.toString(spacing.jumpHeight()), "the feature map's spacing");
        sheet.put(Figure.JUMP_WIDTH, "J_map", Integer.toString(spacing.jumpWidth()), "the feature map's spacing");
    }

    static void convTranspose(FormulaSheet sheet) {
        ConvTranspose2dSpec conv = (ConvTranspose2dSpec) sheet.layer().spec();
        Shape in = sheet.in();
        sheet.put(Figure.OUT_CHANNELS, "F", Integer.toString(conv.filters()), "one channel per filter");
        sheet.put(Figure.OUT_HEIGHT, "(H_in - 1)*s - 2*p + d*(k - 1) + op + 1", "(" + in.height() + " - 1)*"
                + conv.stride().height() + " - 2*" + conv.padding().height() + " + " + conv.dilation().height()
                + "*(" + conv.kernel().height() + " - 1) + " + conv.outputPadding().height() + " + 1",
                "each input value spread over a window");
        sheet.put(Figure.OUT_WIDTH, "(W_in - 1)*s - 2*p + d*(k - 1) + op + 1", "(" + in.width() + " - 1)*"
                + conv.stride().width() + " - 2*" + conv.padding().width() + " + " + conv.dilation().width()
                + "*(" + conv.kernel().width() + " - 1) + " + conv.outputPadding().width() + " + 1",
                "each input value spread over a window");
        String weights = conv.kernel().height() + "*" + conv.kernel().width() + "*" + conv.filters() + "/"
                + conv.groups();
        sheet.put(Figure.PARAMS, conv.bias() ? "(k_h*k_w*F/g)*C_in + F" : "(k_h*k_w*F/g)*C_in",
                "(" + weights + ")*" + in.channels() + (conv.bias() ? " + " + conv.filters() : ""),
                conv.bias() ? "weights and a bias per filter" : "no bias");
        sheet.put(Figure.MACS, "H_in*W_in*C_in*(F/g)*k_h*k_w", in.height() + "*" + in.width() + "*" + in.channels()
                + "*(" + conv.filters() + "/" + conv.groups() + ")*" + conv.kernel().height() + "*"
                + conv.kernel().width(), "every input value times its kernel");
        given(sheet, "a transposed convolution's field: see ReceptiveField.transposed");
    }

    static void upsample(FormulaSheet sheet) {
        UpsampleSpec upsample = (UpsampleSpec) sheet.layer().spec();
        Shape in = sheet.in();
        Shape out = sheet.out();
        if (upsample.scale() != null) {
            sheet.put(Figure.OUT_HEIGHT, "H_in*scale", in.height() + "*" + upsample.scale().height(), "scaled");
            sheet.put(Figure.OUT_WIDTH, "W_in*scale", in.width() + "*" + upsample.scale().width(), "scaled");
        } else {
            sheet.put(Figure.OUT_HEIGHT, "H_target", Integer.toString(out.height()), "fixed by the layer");
            sheet.put(Figure.OUT_WIDTH, "W_target", Integer.toString(out.width()), "fixed by the layer");
        }
        if (upsample.mode() == UpsampleSpec.Mode.BILINEAR) {
            String[] values = FormulaSheet.elements(out, "_out");
            sheet.put(Figure.OTHER_OPS, values[0] + "*" + UpsampleSpec.BILINEAR_OPS, values[1] + "*"
                    + UpsampleSpec.BILINEAR_OPS, "four weighted reads per output value");
        }
        given(sheet, "upsampling copies cells: see ReceptiveField.upsampled");
    }

    static void slice(FormulaSheet sheet) {
        SliceSpec slice = (SliceSpec) sheet.layer().spec();
        sheet.put(Figure.OUT_CHANNELS, "to - from", slice.to() + " - " + slice.from(), "channels [from, to)");
    }

    static void crop(FormulaSheet sheet) {
        Shape out = sheet.out();
        sheet.put(Figure.OUT_HEIGHT, "H_target", Integer.toString(out.height()), "the crop's height");
        sheet.put(Figure.OUT_WIDTH, "W_target", Integer.toString(out.width()), "the crop's width");
        given(sheet, "the first input's field; a crop only drops positions");
    }

    /** The field's four figures as the analysis gives them, with a note saying where they come from. */
    private static void given(FormulaSheet sheet, String note) {
        ReceptiveField field = sheet.layer().receptiveField();
        sheet.put(Figure.RF_HEIGHT, "RF", Integer.toString(field.sizeHeight()), note);
        sheet.put(Figure.RF_WIDTH, "RF", Integer.toString(field.sizeWidth()), note);
        sheet.put(Figure.JUMP_HEIGHT, "J", Integer.toString(field.jumpHeight()), note);
        sheet.put(Figure.JUMP_WIDTH, "J", Integer.toString(field.jumpWidth()), note);
    }

    /** Output height and width of a sliding window ({@code same}: {@code ceil(in/s)}). */
    private static void window(FormulaSheet sheet, WindowFormulas.Axis height, WindowFormulas.Axis width,
                               boolean same, boolean ceilMode) {
        if (same) {
            sheet.put(Figure.OUT_HEIGHT, WindowFormulas.sameLength(Figure.OUT_HEIGHT, height,
                    sheet.value(Figure.OUT_HEIGHT)));
            sheet.put(Figure.OUT_WIDTH, WindowFormulas.sameLength(Figure.OUT_WIDTH, width,
                    sheet.value(Figure.OUT_WIDTH)));
            return;
        }
        sheet.put(Figure.OUT_HEIGHT, WindowFormulas.outputLength(Figure.OUT_HEIGHT, height, ceilMode,
                sheet.value(Figure.OUT_HEIGHT)));
        sheet.put(Figure.OUT_WIDTH, WindowFormulas.outputLength(Figure.OUT_WIDTH, width, ceilMode,
                sheet.value(Figure.OUT_WIDTH)));
    }
}
