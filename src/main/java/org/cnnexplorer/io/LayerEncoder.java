package org.cnnexplorer.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.DropoutSpec;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.InceptionSpec;
import org.cnnexplorer.core.LrnSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.RepeatSpec;
import org.cnnexplorer.core.ResidualBlockSpec;
import org.cnnexplorer.core.ResidualStageSpec;
import org.cnnexplorer.core.Size2d;

/** Writes core specs as model-file layer entries, leaving out fields at their defaults. */
final class LayerEncoder {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private LayerEncoder() {
    }

    static ObjectNode node(NodeSpec node) {
        ObjectNode out = JSON.objectNode();
        out.put("name", node.name());
        out.setAll(element(node.element()));
        if (!node.inputs().isEmpty()) {
            node.inputs().forEach(out.putArray("inputs")::add);
        }
        if (!node.trainable()) {
            out.put("trainable", false);
        }
        return out;
    }

    static ObjectNode element(ElementSpec element) {
        ObjectNode out = JSON.objectNode();
        out.put("type", element.type());
        if (element instanceof Conv2dSpec c) {
            conv(out, c);
        } else if (element instanceof PoolSpec p) {
            size(out, "kernel", p.kernel(), null);
            size(out, "stride", p.stride(), p.kernel());
            size(out, "padding", p.padding(), Size2d.ZERO);
            flag(out, "ceil", p.ceilMode(), false);
        } else if (element instanceof AdaptiveAvgPoolSpec a && !a.isGlobal()) {
            size(out, "output", a.output(), null);
        } else if (element instanceof DenseSpec d) {
            dense(out, d);
        } else if (element instanceof BatchNormSpec b && b.epsilon() != BatchNormSpec.DEFAULT_EPSILON) {
            out.put("eps", b.epsilon());
        } else if (element instanceof LrnSpec l) {
            out.put("size", l.size()).put("alpha", l.alpha()).put("beta", l.beta()).put("k", l.k());
        } else if (element instanceof DropoutSpec d) {
            out.put("rate", d.rate());
        } else {
            blocks(out, element);
        }
        return out;
    }

    private static void blocks(ObjectNode out, ElementSpec element) {
        if (element instanceof InceptionSpec i) {
            out.put("c1", i.c1()).put("c3reduce", i.c3Reduce()).put("c3", i.c3()).put("c5reduce", i.c5Reduce())
                    .put("c5", i.c5()).put("poolProj", i.poolProj()).put("c5Kernel", i.c5Kernel());
            flag(out, "batchNorm", i.batchNorm(), false);
        } else if (element instanceof ResidualStageSpec s) {
            out.put("block", s.kind() == ResidualBlockSpec.Kind.BASIC ? "basic" : "bottleneck")
                    .put("blocks", s.blocks()).put("width", s.width()).put("stride", s.stride());
            flag(out, "strideOn3x3", s.strideOn3x3(), true);
        } else if (element instanceof ResidualBlockSpec b) {
            out.put("width", b.width()).put("stride", b.stride());
            if (b.kind() == ResidualBlockSpec.Kind.BOTTLENECK) {
                flag(out, "strideOn3x3", b.strideOn3x3(), true);
            }
        } else if (element instanceof RepeatSpec r) {
            out.put("times", r.times());
            r.body().forEach(n -> out.withArray("layers").add(node(n)));
        } else if (!(element instanceof ActivationSpec || element instanceof AdaptiveAvgPoolSpec
                || element instanceof BatchNormSpec || isFieldless(element))) {
            throw new IllegalArgumentException("cannot write layer type " + element.type());
        }
    }

    private static boolean isFieldless(ElementSpec element) {
        return switch (element.type()) {
            case "flatten", "concat", "add" -> true;
            default -> false;
        };
    }

    private static void conv(ObjectNode out, Conv2dSpec c) {
        out.put("filters", c.filters());
        size(out, "kernel", c.kernel(), null);
        size(out, "stride", c.stride(), Size2d.ONE);
        if (c.padding().same()) {
            out.put("padding", "same");
        } else {
            size(out, "padding", c.padding().size(), Size2d.ZERO);
        }
        size(out, "dilation", c.dilation(), Size2d.ONE);
        if (c.groups() != 1) {
            out.put("groups", c.groups());
        }
        flag(out, "bias", c.bias(), true);
    }

    private static void dense(ObjectNode out, DenseSpec d) {
        if (d.isClassifier()) {
            out.put("units", "classes");
        } else {
            out.put("units", d.units());
        }
        flag(out, "bias", d.bias(), true);
        if (d.inFeatures() != 0) {
            out.put("inFeatures", d.inFeatures());
        }
    }

    private static void size(ObjectNode out, String key, Size2d size, Size2d fallback) {
        if (size.equals(fallback)) {
            return;
        }
        if (size.isSquare()) {
            out.put(key, size.height());
        } else {
            out.putArray(key).add(size.height()).add(size.width());
        }
    }

    private static void flag(ObjectNode out, String key, boolean value, boolean fallback) {
        if (value != fallback) {
            out.put(key, value);
        }
    }
}
