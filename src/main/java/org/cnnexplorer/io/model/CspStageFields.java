package org.cnnexplorer.io.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.CspStageSpec;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerSpec;
import org.cnnexplorer.core.LeakyReluSpec;
import org.cnnexplorer.i18n.Messages;

/**
 * The fields of a {@code csp-stage} entry (docs/model-format.md): {@code filters} and {@code blocks}
 * required; {@code stride} 2, {@code expansion} 1, {@code bottleneck} 1, {@code blockRatio} 0.5 and
 * {@code activation} {@code "leaky-relu"} (with {@code slope}, 0.01) by default: CSPDarknet53's later stages.
 */
final class CspStageFields {

    static final Set<String> FIELDS = Set.of("filters", "blocks", "stride", "expansion", "bottleneck", "blockRatio",
            "activation", "slope");

    private static final int DEFAULT_STRIDE = 2;
    private static final double DEFAULT_BLOCK_RATIO = 0.5;

    private CspStageFields() {
    }

    static CspStageSpec read(JsonFields f) throws ModelFileException {
        return new CspStageSpec(f.positiveInt("filters"), f.positiveInt("blocks"), f.intAtLeast("stride", 1,
                DEFAULT_STRIDE), f.number("expansion", 1), f.number("bottleneck", 1),
                f.number("blockRatio", DEFAULT_BLOCK_RATIO), activation(f));
    }

    private static LayerSpec activation(JsonFields f) throws ModelFileException {
        String id = f.has("activation") ? f.word("activation") : LayerKind.LEAKY_RELU.id();
        if (id.equals(LayerKind.LEAKY_RELU.id())) {
            return new LeakyReluSpec(f.number("slope", LeakyReluSpec.DEFAULT_SLOPE));
        }
        Activation function = Activation.fromId(id);
        if (function == null || function == Activation.SOFTMAX) {
            throw f.invalid("activation", Messages.text("io.expect.cspActivation"), f.raw("activation"));
        }
        if (f.has("slope")) {
            throw f.error(Messages.text("io.layer.slopeOnly", id));
        }
        return new ActivationSpec(function);
    }

    static ObjectNode write(ObjectNode out, CspStageSpec s) {
        out.put("filters", s.filters()).put("blocks", s.blocks());
        if (s.stride() != DEFAULT_STRIDE) {
            out.put("stride", s.stride());
        }
        putUnlessDefault(out, "expansion", s.expansion(), 1);
        putUnlessDefault(out, "bottleneck", s.bottleneck(), 1);
        putUnlessDefault(out, "blockRatio", s.blockRatio(), DEFAULT_BLOCK_RATIO);
        if (s.activation() instanceof LeakyReluSpec leaky) {
            putUnlessDefault(out, "slope", leaky.slope(), LeakyReluSpec.DEFAULT_SLOPE);
        } else {
            out.put("activation", s.activation().type());
        }
        return out;
    }

    private static void putUnlessDefault(ObjectNode out, String key, double value, double fallback) {
        if (value != fallback) {
            out.put(key, value);
        }
    }
}
