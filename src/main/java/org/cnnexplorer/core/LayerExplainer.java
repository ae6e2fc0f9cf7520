package org.cnnexplorer.core;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cnnexplorer.i18n.Messages;

/**
 * The arithmetic behind every figure of a layer ({@link Figure}): output size, parameters,
 * buffers, MACs, FLOPs, other ops, activations, activation memory and receptive field, each a
 * {@link Formula} whose value is the analysis's own figure and whose numbers evaluate to it.
 * Each kind's formulas are written in one place, chosen by a switch over {@link LayerKind}
 * without {@code default}; figures a kind does not write keep the defaults (the input's size,
 * no weights, no operations, the input's receptive field).
 */
public final class LayerExplainer {

    private LayerExplainer() {
    }

    /** Every figure of a valid layer of {@code report}, in {@link Figure} order; empty for an invalid one. */
    public static Map<Figure, Formula> explain(LayerReport layer, NetworkReport report) {
        if (!layer.isValid()) {
            return Map.of();
        }
        List<ReceptiveField> fields = layer.inputs().stream()
                .map(input -> report.layer(input).orElseThrow().receptiveField()).toList();
        FormulaSheet sheet = new FormulaSheet(layer, fields, report.settings());
        defaults(sheet);
        kind(layer.spec().layerKind()).accept(sheet);
        derived(sheet);
        return sheet.done();
    }

    /** The one place each kind's formulas are chosen. */
    private static Consumer<FormulaSheet> kind(LayerKind kind) {
        return switch (kind) {
            case INPUT -> KindFormulas::input;
            case CONV2D -> KindFormulas::conv;
            case MAXPOOL, AVGPOOL -> KindFormulas::pool;
            case GLOBAL_AVGPOOL, ADAPTIVE_AVGPOOL -> KindFormulas::adaptivePool;
            case DENSE -> KindFormulas::dense;
            case FLATTEN -> KindFormulas::flatten;
            case BATCHNORM -> KindFormulas::batchNorm;
            case LRN -> KindFormulas::lrn;
            case DROPOUT -> KindFormulas::dropout;
            case RELU, RELU6, TANH, SIGMOID, HARD_SIGMOID, SWISH, HARD_SWISH, MISH, SOFTMAX -> KindFormulas::activation;
            case LEAKY_RELU -> KindFormulas::leakyRelu;
            case CONCAT -> KindFormulas::concat;
            case ADD -> KindFormulas::add;
            case MULTIPLY -> KindFormulas::multiply;
            case CONV_TRANSPOSE2D -> KindFormulas::convTranspose;
            case UPSAMPLE -> KindFormulas::upsample;
            case SLICE -> KindFormulas::slice;
            case CHANNEL_SHUFFLE -> sheet -> { };
            case CROP -> KindFormulas::crop;
            // blocks are explained through the layers they expand into; an unexpanded one has no figures
            case INCEPTION, RESIDUAL_STAGE, BOTTLENECK, BASIC_BLOCK, REPEAT,
                    SEPARABLE, SQUEEZE_EXCITATION, INVERTED_RESIDUAL, INVERTED_RESIDUAL_STAGE,
                    DENSE_BLOCK, TRANSITION, CSP_STAGE, FCN_HEAD ->
                    sheet -> { };
        };
    }

    private static void defaults(FormulaSheet sheet) {
        if (!sheet.layer().inputShapes().isEmpty()) {
            Shape in = sheet.in();
            sheet.put(Figure.OUT_CHANNELS, "C_in", Integer.toString(in.channels()), Messages.text("calc.note.asInput"));
            sheet.put(Figure.OUT_HEIGHT, "H_in", Integer.toString(in.height()), Messages.text("calc.note.asInput"));
            sheet.put(Figure.OUT_WIDTH, "W_in", Integer.toString(in.width()), Messages.text("calc.note.asInput"));
        }
        sheet.given(Figure.PARAMS, Messages.text("calc.note.noWeights"));
        sheet.given(Figure.BUFFERS, Messages.text("calc.note.noRunningStats"));
        sheet.given(Figure.MACS, Messages.text("calc.note.onlyWeightLayers"));
        sheet.given(Figure.OTHER_OPS, Messages.text("calc.note.noArithmetic"));
        sheet.putAll(WindowFormulas.union(sheet.fields(), sheet.layer().receptiveField()), Figure.RF_HEIGHT,
                Figure.RF_WIDTH, Figure.JUMP_HEIGHT, Figure.JUMP_WIDTH);
    }

    /** FLOPs, activations and activation memory, the same for every kind. */
    private static void derived(FormulaSheet sheet) {
        LayerReport layer = sheet.layer();
        Conventions conventions = sheet.settings().conventions();
        String[] out = FormulaSheet.elements(sheet.out(), "_out");
        if (conventions.countBias() && layer.biasAdditions() > 0) {
            sheet.put(Figure.FLOPS, "2*MACs + " + out[0], "2*" + layer.macs() + " + " + out[1],
                    Messages.text("calc.note.flopsWithBias"));
        } else {
            sheet.put(Figure.FLOPS, "2*MACs", "2*" + layer.macs(),
                    Messages.text(conventions.countBias() ? "calc.note.noBias" : "calc.note.flopsNoBias"));
        }
        sheet.put(Figure.ACTIVATIONS, out[0], out[1]);
        long bytes = sheet.value(Figure.ACTIVATION_BYTES);
        if (!layer.spec().storesActivation()) {
            sheet.given(Figure.ACTIVATION_BYTES, Messages.text("calc.note.view"));
        } else if (bytes >= 0) {
            AnalysisSettings s = sheet.settings();
            sheet.put(Figure.ACTIVATION_BYTES, "batch*" + out[0] + "*bytes",
                    s.batch() + "*" + out[1] + "*" + s.dtype().bytes(), s.dtype().id());
        }
    }
}
