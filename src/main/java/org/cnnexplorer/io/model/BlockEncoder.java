package org.cnnexplorer.io.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.DenseBlockSpec;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.InvertedResidualSpec;
import org.cnnexplorer.core.SeparableSpec;
import org.cnnexplorer.core.SqueezeExcitationSpec;
import org.cnnexplorer.core.TransitionSpec;

/** Writes the blocks that {@link BlockDecoder} reads, leaving out fields at their defaults. */
final class BlockEncoder {

    private BlockEncoder() {
    }

    static ObjectNode encode(ObjectNode out, ElementSpec element) {
        if (element instanceof SeparableSpec s) {
            out.put("filters", s.filters());
            at(out, "kernel", s.kernel(), 3);
            at(out, "stride", s.stride(), 1);
            at(out, "dilation", s.dilation(), 1);
            if (!s.batchNorm()) {
                out.put("batchNorm", false);
            }
            return s.activation() == Activation.RELU ? out
                    : out.put("activation", s.activation() == null ? "none" : s.activation().id());
        }
        if (element instanceof SqueezeExcitationSpec s) {
            out.put(s.squeeze() > 0 ? "squeeze" : "reduction", s.squeeze() > 0 ? s.squeeze() : s.reduction());
            activation(out, "activation", s.activation(), Activation.RELU);
            return activation(out, "gate", s.gate(), Activation.SIGMOID);
        }
        if (element instanceof InvertedResidualSpec r) {
            return invertedResidual(out, r);
        }
        if (element instanceof DenseBlockSpec d) {
            out.put("layers", d.layers()).put("growthRate", d.growthRate());
            return at(out, "bnSize", d.bnSize(), 4);
        }
        if (element instanceof TransitionSpec t) {
            return out.put("filters", t.filters());
        }
        throw new IllegalArgumentException(element.type() + " is not written by BlockEncoder");
    }

    private static ObjectNode invertedResidual(ObjectNode out, InvertedResidualSpec r) {
        out.put("filters", r.filters());
        at(out, "kernel", r.kernel(), 3);
        at(out, "stride", r.stride(), 1);
        if (r.expandedChannels() > 0) {
            out.put("expanded", r.expandedChannels());
        } else {
            out.put("expansion", r.expansion());
        }
        activation(out, "activation", r.activation(), Activation.RELU6);
        if (r.se() != null) {
            out.put("se", r.se().squeeze());
            activation(out, "seActivation", r.se().activation(), Activation.RELU);
            activation(out, "seGate", r.se().gate(), Activation.SIGMOID);
        }
        if (r.epsilon() != BatchNormSpec.DEFAULT_EPSILON) {
            out.put("eps", r.epsilon());
        }
        return r.layout() == InvertedResidualSpec.Layout.MBCONV ? out : out.put("layout", r.layout().id());
    }

    private static ObjectNode at(ObjectNode out, String key, int value, int fallback) {
        return value == fallback ? out : out.put(key, value);
    }

    private static ObjectNode activation(ObjectNode out, String key, Activation value, Activation fallback) {
        return value == fallback ? out : out.put(key, value.id());
    }
}
