package org.cnnexplorer.inside;

import java.util.List;
import java.util.Optional;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.SpecException;
import org.cnnexplorer.i18n.Messages;

/**
 * How one output value of a layer comes from its inputs, recomputed from the inspected input tensor and
 * weights: a convolution's windows, kernels, products, sum and bias; a pooling window and its max or
 * average; a dense unit's largest contributions. {@link #result()} is the recomputed value and
 * {@link #shown()} the value the forward pass gave; they agree to float rounding.
 */
public sealed interface ValueArithmetic permits ConvArithmetic, PoolArithmetic, DenseArithmetic {

    /** The value recomputed here. */
    double result();

    /** The value of the feature map at this position, from the forward pass. */
    double shown();

    /** The following activation layer and its value at this position, when one reads this layer. */
    Optional<Activated> activated();

    /** The arithmetic as text, one step a line. */
    String text();

    /** An activation layer after the explained one: its name, function and value at the same position. */
    record Activated(String layer, String function, double value) {
    }

    /**
     * The arithmetic of {@code layer}'s value at channel {@code c}, row {@code y}, column {@code x}
     * (row and column 0 for a dense layer), or an {@link IllegalArgumentException} naming the layer
     * when it is not a convolution, pooling or dense layer or the pixel lies outside its output.
     */
    static ValueArithmetic explain(Inspection inspection, String layer, int c, int y, int x) {
        LayerReport report = inspection.report().layer(layer).orElseThrow(() -> new SpecException(
                "calc.noLayer", layer, inspection.report().spec().id()));
        LayerActivation output = inspection.require(layer);
        LayerActivation.index(output.shape(), c, y, x);
        LayerActivation input = inspection.require(report.inputs().get(0));
        Optional<Activated> activated = activatedAfter(inspection, layer, c, y, x);
        return switch (report.spec().layerKind()) {
            case CONV2D -> ConvArithmetic.of(report, (Conv2dSpec) report.spec(), inspection.weights(), input, output,
                    c, y, x, activated);
            case MAXPOOL, AVGPOOL -> PoolArithmetic.of(report, (PoolSpec) report.spec(), input, output, c, y, x,
                    activated);
            case GLOBAL_AVGPOOL, ADAPTIVE_AVGPOOL -> PoolArithmetic.adaptive(report,
                    (AdaptiveAvgPoolSpec) report.spec(), input, output, c, y, x, activated);
            case DENSE -> DenseArithmetic.of(report, inspection.weights(), input, output, c, activated);
            case INPUT, FLATTEN, BATCHNORM, LRN, DROPOUT, RELU, RELU6, TANH, SIGMOID, HARD_SIGMOID, SWISH,
                    HARD_SWISH, LEAKY_RELU, MISH, SOFTMAX, CONCAT, ADD, MULTIPLY, CONV_TRANSPOSE2D, UPSAMPLE, SLICE,
                    CHANNEL_SHUFFLE, CROP, INCEPTION, RESIDUAL_STAGE, BOTTLENECK, BASIC_BLOCK, REPEAT,
                    SEPARABLE, SQUEEZE_EXCITATION, INVERTED_RESIDUAL, INVERTED_RESIDUAL_STAGE,
                    DENSE_BLOCK, TRANSITION, CSP_STAGE, FCN_HEAD ->
                    throw new SpecException("calc.kind", layer, report.spec().layerKind().title());
        };
    }

    private static Optional<Activated> activatedAfter(Inspection inspection, String layer, int c, int y, int x) {
        List<LayerReport> layers = inspection.report().layers();
        return layers.stream()
                .filter(l -> l.inputs().equals(List.of(layer)) && l.spec() instanceof ActivationSpec)
                .findFirst()
                .map(l -> new Activated(l.name(), ((ActivationSpec) l.spec()).function().id(),
                        inspection.require(l.name()).value(c, y, x)));
    }

    /** The closing lines shared by all kinds: the shown value and the activation after it. */
    static String ending(double result, double shown, Optional<Activated> activated) {
        StringBuilder text = new StringBuilder();
        text.append(line("calc.ending", number(result), number(shown)));
        activated.ifPresent(a -> text.append(line("calc.ending.activated", a.layer(), a.function(),
                number(shown), number(a.value()))));
        return text.toString();
    }

    /** One line of the arithmetic in the current language, with its line end. */
    static String line(String key, Object... args) {
        return Messages.text(key, args) + System.lineSeparator();
    }

    /** A value as the arithmetic prints it: 6 significant digits. */
    static String number(double value) {
        return String.format("%.6g", value);
    }
}
