package org.cnnexplorer.io.model;

import java.util.Map;
import java.util.Set;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.DenseBlockSpec;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.InvertedResidualSpec;
import org.cnnexplorer.core.SeparableSpec;
import org.cnnexplorer.core.SqueezeExcitationSpec;
import org.cnnexplorer.core.TransitionSpec;
import org.cnnexplorer.i18n.Messages;

/**
 * Reads the MobileNet, EfficientNet and DenseNet blocks (separable, squeeze-excitation,
 * inverted-residual, dense-block, transition) for {@link LayerDecoder}; docs/model-format.md
 * describes their fields and defaults.
 */
final class BlockDecoder {

    /** Each block type's fields besides the common ones. */
    static final Map<String, Set<String>> FIELDS = Map.of(
            "separable", Set.of("filters", "kernel", "stride", "dilation", "batchNorm", "activation"),
            "squeeze-excitation", Set.of("squeeze", "reduction", "activation", "gate"),
            "inverted-residual", Set.of("filters", "kernel", "stride", "expansion", "expanded", "activation", "se",
                    "seActivation", "seGate", "eps", "layout"),
            "dense-block", Set.of("layers", "growthRate", "bnSize"),
            "transition", Set.of("filters"));

    private BlockDecoder() {
    }

    /** The block of {@code type}, one of {@link #FIELDS}' keys. */
    static ElementSpec decode(String type, JsonFields f) throws ModelFileException {
        return switch (type) {
            case "separable" -> new SeparableSpec(f.positiveInt("filters"), f.intAtLeast("kernel", 1, 3),
                    f.intAtLeast("stride", 1, 1), f.intAtLeast("dilation", 1, 1), f.bool("batchNorm", true),
                    activation(f, "activation", Activation.RELU, true));
            case "squeeze-excitation" -> squeezeExcitation(f);
            case "inverted-residual" -> invertedResidual(f);
            case "dense-block" -> new DenseBlockSpec(f.positiveInt("layers"), f.positiveInt("growthRate"),
                    f.intAtLeast("bnSize", 1, 4));
            case "transition" -> new TransitionSpec(f.positiveInt("filters"));
            default -> throw f.error(Messages.text("io.layer.unknownBlock", type));
        };
    }

    /** A residual block's or stage's {@code se}: SENet's step with this reduction ratio, or null without the field. */
    static SqueezeExcitationSpec residualSe(JsonFields f) throws ModelFileException {
        return f.has("se") ? new SqueezeExcitationSpec(0, f.positiveInt("se"), Activation.RELU, Activation.SIGMOID)
                : null;
    }

    private static SqueezeExcitationSpec squeezeExcitation(JsonFields f) throws ModelFileException {
        if (f.has("squeeze") == f.has("reduction")) {
            throw f.error(Messages.text("io.layer.seOneOf"));
        }
        return new SqueezeExcitationSpec(f.intAtLeast("squeeze", 1, 0), f.intAtLeast("reduction", 1, 0),
                activation(f, "activation", Activation.RELU, false), activation(f, "gate", Activation.SIGMOID, false));
    }

    private static InvertedResidualSpec invertedResidual(JsonFields f) throws ModelFileException {
        if (f.has("expansion") == f.has("expanded")) {
            throw f.error(Messages.text("io.layer.irOneOf"));
        }
        String layout = f.has("layout") ? f.word("layout") : InvertedResidualSpec.Layout.MBCONV.id();
        InvertedResidualSpec.Layout parsed = switch (layout) {
            case "mbconv" -> InvertedResidualSpec.Layout.MBCONV;
            case "mobilenet-v2" -> InvertedResidualSpec.Layout.MOBILENET_V2;
            default -> throw f.invalid("layout", Messages.text("io.expect.either", "\"mbconv\"", "\"mobilenet-v2\""),
                    f.raw("layout"));
        };
        SqueezeExcitationSpec se = f.has("se") ? SqueezeExcitationSpec.squeezingTo(f.positiveInt("se"),
                activation(f, "seActivation", Activation.RELU, false),
                activation(f, "seGate", Activation.SIGMOID, false)) : null;
        if (se == null && (f.has("seActivation") || f.has("seGate"))) {
            throw f.error(Messages.text("io.layer.seNeeded"));
        }
        return new InvertedResidualSpec(f.positiveInt("filters"), f.intAtLeast("kernel", 1, 3),
                f.intAtLeast("stride", 1, 1), f.intAtLeast("expansion", 1, 0), f.intAtLeast("expanded", 1, 0),
                activation(f, "activation", Activation.RELU6, false), se,
                f.number("eps", BatchNormSpec.DEFAULT_EPSILON), parsed);
    }

    /** An activation id ("relu", "hard-sigmoid", ...; "silu" reads as "swish"), or "none" (null) where allowed. */
    private static Activation activation(JsonFields f, String key, Activation fallback, boolean noneAllowed)
            throws ModelFileException {
        if (!f.has(key)) {
            return fallback;
        }
        String id = f.word(key);
        if (noneAllowed && id.equals("none")) {
            return null;
        }
        Activation activation = Activation.fromId(id.equals("silu") ? Activation.SWISH.id() : id);
        if (activation == null || activation == Activation.SOFTMAX) {
            throw f.invalid(key, Messages.text(noneAllowed ? "io.expect.activationOrNone" : "io.expect.activation"),
                    f.raw(key));
        }
        return activation;
    }
}
