package org.cnnexplorer.core;

import static org.cnnexplorer.i18n.Messages.text;

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
        sheet.put(Figure.OUT_CHANNELS, "C", Integer.toString(shape.channels()), text("calc.note.inputSettings"));
        sheet.put(Figure.OUT_HEIGHT, "H", Integer.toString(shape.height()), text("calc.note.inputSettings"));
        sheet.put(Figure.OUT_WIDTH, "W", Integer.toString(shape.width()), text("calc.note.inputSettings"));
        for (Figure figure : new Figure[] {Figure.RF_HEIGHT, Figure.RF_WIDTH, Figure.JUMP_HEIGHT, Figure.JUMP_WIDTH}) {
            sheet.put(figure, "1", "1", text("calc.note.onePixel"));
        }
    }

    static void conv(FormulaSheet sheet) {
        Conv2dSpec conv = (Conv2dSpec) sheet.layer().spec();
        Shape in = sheet.in();
        Shape out = sheet.out();
        sheet.put(Figure.OUT_CHANNELS, "F", Integer.toString(conv.filters()), text("calc.note.channelPerFilter"));
        Size2d pad = conv.effectivePadding(in);
        window(sheet, new WindowFormulas.Axis("H", in.height(), conv.kernel().height(), conv.stride().height(),
                pad.height(), conv.dilation().height()), new WindowFormulas.Axis("W", in.width(), conv.kernel().width(),
                conv.stride().width(), pad.width(), conv.dilation().width()), conv.padding().same(), false);
        String weights = conv.kernel().height() + "*" + conv.kernel().width() + "*" + in.channels() + "/"
                + conv.groups();
        boolean folded = sheet.layer().isFolded();
        if (conv.bias() || folded) {
            sheet.put(Figure.PARAMS, "(k_h*k_w*C_in/g)*F + F", "(" + weights + ")*" + conv.filters() + " + "
                    + conv.filters(), conv.bias() ? text("calc.note.biasPerFilter")
                    : text("calc.note.foldedBias", sheet.layer().foldedWith()));
        } else {
            sheet.put(Figure.PARAMS, "(k_h*k_w*C_in/g)*F", "(" + weights + ")*" + conv.filters(),
                    text("calc.note.noBias"));
        }
        sheet.put(Figure.MACS, "F*H_out*W_out*(C_in/g)*k_h*k_w", out.channels() + "*" + out.height() + "*"
                + out.width() + "*(" + in.channels() + "/" + conv.groups() + ")*" + conv.kernel().height() + "*"
                + conv.kernel().width(), text("calc.note.perWeightPerPosition"));
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
                + pool.kernel().width(), pool.kind() == PoolSpec.Kind.MAX ? text("calc.note.comparePerWindowValue")
                : text("calc.note.addPerWindowValue"));
        sheet.putAll(WindowFormulas.through(sheet.fields().get(0), pool.kernel(), pool.stride(), Size2d.ONE,
                sheet.layer().receptiveField()), Figure.RF_HEIGHT, Figure.RF_WIDTH, Figure.JUMP_HEIGHT,
                Figure.JUMP_WIDTH);
    }

    static void adaptivePool(FormulaSheet sheet) {
        AdaptiveAvgPoolSpec pool = (AdaptiveAvgPoolSpec) sheet.layer().spec();
        sheet.put(Figure.OUT_HEIGHT, "H_target", Integer.toString(pool.output().height()), text("calc.note.fixed"));
        sheet.put(Figure.OUT_WIDTH, "W_target", Integer.toString(pool.output().width()), text("calc.note.fixed"));
        String[] in = FormulaSheet.elements(sheet.in(), "_in");
        String[] out = FormulaSheet.elements(sheet.out(), "_out");
        sheet.put(Figure.OTHER_OPS, "max(" + in[0] + ", " + out[0] + ") + " + out[0],
                "max(" + in[1] + ", " + out[1] + ") + " + out[1], text("calc.note.adaptiveOps"));
        sheet.putAll(WindowFormulas.adaptive(sheet.fields().get(0), sheet.in(), pool.output(),
                sheet.layer().receptiveField()), Figure.RF_HEIGHT, Figure.RF_WIDTH, Figure.JUMP_HEIGHT,
                Figure.JUMP_WIDTH);
    }

    static void dense(FormulaSheet sheet) {
        DenseSpec dense = (DenseSpec) sheet.layer().spec();
        int in = sheet.in().channels();
        int units = sheet.out().channels();
        sheet.put(Figure.OUT_CHANNELS, "N_out", Integer.toString(units), text("calc.note.valuePerUnit"));
        sheet.put(Figure.PARAMS, dense.bias() ? "N_in*N_out + N_out" : "N_in*N_out",
                in + "*" + units + (dense.bias() ? " + " + units : ""),
                text(dense.bias() ? "calc.note.weightsAndBiases" : "calc.note.noBias"));
        sheet.put(Figure.MACS, "N_in*N_out", in + "*" + units, text("calc.note.perWeight"));
    }

    static void flatten(FormulaSheet sheet) {
        Shape in = sheet.in();
        String[] values = FormulaSheet.elements(in, "_in");
        sheet.put(Figure.OUT_CHANNELS, values[0], values[1], text("calc.note.vectorOfInputs"));
        sheet.put(Figure.OUT_HEIGHT, "1", "1", text("calc.note.vector"));
        sheet.put(Figure.OUT_WIDTH, "1", "1", text("calc.note.vector"));
        Size2d whole = new Size2d(in.height(), in.width());
        sheet.putAll(WindowFormulas.through(sheet.fields().get(0), whole, whole, Size2d.ONE,
                sheet.layer().receptiveField()), Figure.RF_HEIGHT, Figure.RF_WIDTH, Figure.JUMP_HEIGHT,
                Figure.JUMP_WIDTH);
    }

    static void batchNorm(FormulaSheet sheet) {
        if (sheet.layer().isFolded()) {
            String note = text("calc.note.foldedInto", sheet.layer().foldedWith());
            sheet.given(Figure.PARAMS, note);
            sheet.given(Figure.BUFFERS, note);
            sheet.given(Figure.OTHER_OPS, note);
            return;
        }
        int channels = sheet.in().channels();
        sheet.put(Figure.PARAMS, "2*C", "2*" + channels, text("calc.note.scaleShift"));
        sheet.put(Figure.BUFFERS, "2*C", "2*" + channels, text("calc.note.runningStats"));
        String[] out = FormulaSheet.elements(sheet.out(), "");
        sheet.put(Figure.OTHER_OPS, "2*" + out[0], "2*" + out[1], text("calc.note.multiplyAdd"));
    }

    static void lrn(FormulaSheet sheet) {
        LrnSpec lrn = (LrnSpec) sheet.layer().spec();
        String[] out = FormulaSheet.elements(sheet.out(), "");
        sheet.put(Figure.OTHER_OPS, out[0] + "*(n + 3)", out[1] + "*(" + lrn.size() + " + 3)",
                text("calc.note.lrnOps"));
    }

    static void dropout(FormulaSheet sheet) {
        String[] out = FormulaSheet.elements(sheet.out(), "");
        sheet.put(Figure.OTHER_OPS, out[0], out[1], text("calc.note.perValue"));
    }

    static void activation(FormulaSheet sheet) {
        Activation function = ((ActivationSpec) sheet.layer().spec()).function();
        String[] out = FormulaSheet.elements(sheet.out(), "");
        sheet.put(Figure.OTHER_OPS, out[0] + "*ops", out[1] + "*" + function.opsPerElement(),
                text("calc.note.activationOps", function.id(), function.opsPerElement()));
    }

    static void concat(FormulaSheet sheet) {
        var shapes = sheet.layer().inputShapes();
        sheet.put(Figure.OUT_CHANNELS, "C_1 + ... + C_" + shapes.size(), shapes.stream()
                .map(s -> Integer.toString(s.channels())).collect(Collectors.joining(" + ")),
                text("calc.note.channelsStacked"));
    }

    static void add(FormulaSheet sheet) {
        String[] out = FormulaSheet.elements(sheet.out(), "");
        int inputs = sheet.layer().inputShapes().size();
        sheet.put(Figure.OTHER_OPS, out[0] + "*(inputs - 1)", out[1] + "*(" + inputs + " - 1)",
                text("calc.note.addPerExtraInput"));
    }

    static void leakyRelu(FormulaSheet sheet) {
        String[] out = FormulaSheet.elements(sheet.out(), "");
        sheet.put(Figure.OTHER_OPS, out[0] + "*2", out[1] + "*2", text("calc.note.leakyRelu"));
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
        sheet.put(Figure.RF_HEIGHT, "max(RF_1, ..., RF_n)", "max(" + heights + ")", text("calc.note.widestField"));
        sheet.put(Figure.RF_WIDTH, "max(RF_1, ..., RF_n)", "max(" + widths + ")", text("calc.note.widestField"));
        ReceptiveField spacing = fields.get(0);
        for (int i = 0; i < fields.size(); i++) {
            if (layer.inputShapes().get(i).equals(out)) {
                spacing = fields.get(i);
                break;
            }
        }
        sheet.put(Figure.JUMP_HEIGHT, "J_map", Integer.toString(spacing.jumpHeight()), text("calc.note.mapSpacing"));
        sheet.put(Figure.JUMP_WIDTH, "J_map", Integer.toString(spacing.jumpWidth()), text("calc.note.mapSpacing"));
    }

    static void convTranspose(FormulaSheet sheet) {
        ConvTranspose2dSpec conv = (ConvTranspose2dSpec) sheet.layer().spec();
        Shape in = sheet.in();
        sheet.put(Figure.OUT_CHANNELS, "F", Integer.toString(conv.filters()), text("calc.note.channelPerFilter"));
        sheet.put(Figure.OUT_HEIGHT, "(H_in - 1)*s - 2*p + d*(k - 1) + op + 1", "(" + in.height() + " - 1)*"
                + conv.stride().height() + " - 2*" + conv.padding().height() + " + " + conv.dilation().height()
                + "*(" + conv.kernel().height() + " - 1) + " + conv.outputPadding().height() + " + 1",
                text("calc.note.spread"));
        sheet.put(Figure.OUT_WIDTH, "(W_in - 1)*s - 2*p + d*(k - 1) + op + 1", "(" + in.width() + " - 1)*"
                + conv.stride().width() + " - 2*" + conv.padding().width() + " + " + conv.dilation().width()
                + "*(" + conv.kernel().width() + " - 1) + " + conv.outputPadding().width() + " + 1",
                text("calc.note.spread"));
        String weights = conv.kernel().height() + "*" + conv.kernel().width() + "*" + conv.filters() + "/"
                + conv.groups();
        sheet.put(Figure.PARAMS, conv.bias() ? "(k_h*k_w*F/g)*C_in + F" : "(k_h*k_w*F/g)*C_in",
                "(" + weights + ")*" + in.channels() + (conv.bias() ? " + " + conv.filters() : ""),
                conv.bias() ? text("calc.note.biasPerFilter") : text("calc.note.noBias"));
        sheet.put(Figure.MACS, "H_in*W_in*C_in*(F/g)*k_h*k_w", in.height() + "*" + in.width() + "*" + in.channels()
                + "*(" + conv.filters() + "/" + conv.groups() + ")*" + conv.kernel().height() + "*"
                + conv.kernel().width(), text("calc.note.timesKernel"));
        given(sheet, text("calc.note.transposedField"));
    }

    static void upsample(FormulaSheet sheet) {
        UpsampleSpec upsample = (UpsampleSpec) sheet.layer().spec();
        Shape in = sheet.in();
        Shape out = sheet.out();
        if (upsample.scale() != null) {
            String scaled = text("calc.note.scaled");
            sheet.put(Figure.OUT_HEIGHT, "H_in*scale", in.height() + "*" + upsample.scale().height(), scaled);
            sheet.put(Figure.OUT_WIDTH, "W_in*scale", in.width() + "*" + upsample.scale().width(), scaled);
        } else {
            sheet.put(Figure.OUT_HEIGHT, "H_target", Integer.toString(out.height()), text("calc.note.fixed"));
            sheet.put(Figure.OUT_WIDTH, "W_target", Integer.toString(out.width()), text("calc.note.fixed"));
        }
        if (upsample.mode() == UpsampleSpec.Mode.BILINEAR) {
            String[] values = FormulaSheet.elements(out, "_out");
            sheet.put(Figure.OTHER_OPS, values[0] + "*" + UpsampleSpec.BILINEAR_OPS, values[1] + "*"
                    + UpsampleSpec.BILINEAR_OPS, text("calc.note.bilinearOps"));
        }
        given(sheet, text("calc.note.upsampledField"));
    }

    static void slice(FormulaSheet sheet) {
        SliceSpec slice = (SliceSpec) sheet.layer().spec();
        sheet.put(Figure.OUT_CHANNELS, "to - from", slice.to() + " - " + slice.from(), text("calc.note.sliceChannels"));
    }

    static void crop(FormulaSheet sheet) {
        Shape out = sheet.out();
        sheet.put(Figure.OUT_HEIGHT, "H_target", Integer.toString(out.height()), text("calc.note.cropHeight"));
        sheet.put(Figure.OUT_WIDTH, "W_target", Integer.toString(out.width()), text("calc.note.cropWidth"));
        given(sheet, text("calc.note.cropField"));
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
