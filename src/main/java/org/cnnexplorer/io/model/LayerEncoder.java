package org.cnnexplorer.io.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.Cardinality;
import org.cnnexplorer.core.ChannelShuffleSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.ConvTranspose2dSpec;
import org.cnnexplorer.core.CropSpec;
import org.cnnexplorer.core.CspStageSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.DropoutSpec;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.FcnHeadSpec;
import org.cnnexplorer.core.InceptionSpec;
import org.cnnexplorer.core.InvertedResidualStageSpec;
import org.cnnexplorer.core.LeakyReluSpec;
import org.cnnexplorer.core.LrnSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.RepeatSpec;
import org.cnnexplorer.core.ResidualBlockSpec;
import org.cnnexplorer.core.ResidualStageSpec;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.core.SliceSpec;
import org.cnnexplorer.core.SqueezeExcitationSpec;
import org.cnnexplorer.core.UnexpandedBlockSpec;
import org.cnnexplorer.core.UpsampleSpec;

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
        if (node.widthFloor() != 0) {
            out.put("widthFloor", node.widthFloor());
        }
        return out;
    }

    /**
     * The entry of one layer or block. The switch names every kind, so a new kind does not compile
     * until it says which fields it writes.
     */
    static ObjectNode element(ElementSpec element) {
        if (element instanceof UnexpandedBlockSpec unexpanded) {
            return element(unexpanded.block());
        }
        ObjectNode out = JSON.objectNode();
        out.put("type", element.type());
        return switch (element.layerKind()) {
            case CONV2D -> conv(out, (Conv2dSpec) element);
            case CONV_TRANSPOSE2D -> convTranspose(out, (ConvTranspose2dSpec) element);
            case UPSAMPLE -> upsample(out, (UpsampleSpec) element);
            case SLICE -> slice(out, (SliceSpec) element);
            case CHANNEL_SHUFFLE -> out.put("groups", ((ChannelShuffleSpec) element).groups());
            case CROP -> ((CropSpec) element).size() == null ? out : size(out, "size", ((CropSpec) element).size(),
                    null);
            case MAXPOOL, AVGPOOL -> pool(out, (PoolSpec) element);
            case ADAPTIVE_AVGPOOL -> size(out, "output", ((AdaptiveAvgPoolSpec) element).output(), null);
            case DENSE -> dense(out, (DenseSpec) element);
            case BATCHNORM -> batchNorm(out, (BatchNormSpec) element);
            case LRN -> lrn(out, (LrnSpec) element);
            case DROPOUT -> out.put("rate", ((DropoutSpec) element).rate());
            case GLOBAL_AVGPOOL, FLATTEN, RELU, RELU6, TANH, SIGMOID, HARD_SIGMOID, SWISH, HARD_SWISH, MISH, SOFTMAX,
                    CONCAT, ADD, MULTIPLY -> out;
            case LEAKY_RELU -> leakyRelu(out, (LeakyReluSpec) element);
            case INCEPTION -> inception(out, (InceptionSpec) element);
            case RESIDUAL_STAGE -> stage(out, (ResidualStageSpec) element);
            case BOTTLENECK, BASIC_BLOCK -> residualBlock(out, (ResidualBlockSpec) element);
            case REPEAT -> repeat(out, (RepeatSpec) element);
            case SEPARABLE, SQUEEZE_EXCITATION, INVERTED_RESIDUAL, DENSE_BLOCK, TRANSITION ->
                    BlockEncoder.encode(out, element);
            case CSP_STAGE -> CspStageFields.write(out, (CspStageSpec) element);
            case INVERTED_RESIDUAL_STAGE -> InvertedResidualStageFields.write(out, (InvertedResidualStageSpec) element);
            case FCN_HEAD -> out.put("filters", ((FcnHeadSpec) element).filters());
            case INPUT -> throw new IllegalArgumentException("the network input is set by the file's 'input', "
                    + "not written as a layer");
        };
    }

    private static ObjectNode pool(ObjectNode out, PoolSpec p) {
        size(out, "kernel", p.kernel(), null);
        size(out, "stride", p.stride(), p.kernel());
        size(out, "padding", p.padding(), Size2d.ZERO);
        return flag(out, "ceil", p.ceilMode(), false);
    }

    private static ObjectNode leakyRelu(ObjectNode out, LeakyReluSpec l) {
        return l.slope() == LeakyReluSpec.DEFAULT_SLOPE ? out : out.put("slope", l.slope());
    }

    private static ObjectNode batchNorm(ObjectNode out, BatchNormSpec b) {
        return b.epsilon() == BatchNormSpec.DEFAULT_EPSILON ? out : out.put("eps", b.epsilon());
    }

    private static ObjectNode lrn(ObjectNode out, LrnSpec l) {
        return out.put("size", l.size()).put("alpha", l.alpha()).put("beta", l.beta()).put("k", l.k());
    }

    private static ObjectNode inception(ObjectNode out, InceptionSpec i) {
        out.put("c1", i.c1()).put("c3reduce", i.c3Reduce()).put("c3", i.c3()).put("c5reduce", i.c5Reduce())
                .put("c5", i.c5()).put("poolProj", i.poolProj()).put("c5Kernel", i.c5Kernel());
        return flag(out, "batchNorm", i.batchNorm(), false);
    }

    private static ObjectNode stage(ObjectNode out, ResidualStageSpec s) {
        out.put("block", s.kind() == ResidualBlockSpec.Kind.BASIC ? "basic" : "bottleneck")
                .put("blocks", s.blocks()).put("width", s.width()).put("stride", s.stride());
        return se(cardinality(flag(out, "strideOn3x3", s.strideOn3x3(), true), s.cardinality()), s.se());
    }

    private static ObjectNode residualBlock(ObjectNode out, ResidualBlockSpec b) {
        out.put("width", b.width()).put("stride", b.stride());
        return se(b.kind() == ResidualBlockSpec.Kind.BOTTLENECK
                ? cardinality(flag(out, "strideOn3x3", b.strideOn3x3(), true), b.cardinality()) : out, b.se());
    }

    /** SENet's reduction ratio of a residual block's squeeze-and-excitation step, when it has one. */
    private static ObjectNode se(ObjectNode out, SqueezeExcitationSpec se) {
        return se == null ? out : out.put("se", se.reduction());
    }

    /** ResNeXt's groups, left out for a plain ResNet bottleneck. */
    private static ObjectNode cardinality(ObjectNode out, Cardinality c) {
        return c.isStandard() ? out : out.put("groups", c.groups()).put("widthPerGroup", c.widthPerGroup());
    }

    private static ObjectNode repeat(ObjectNode out, RepeatSpec r) {
        out.put("times", r.times());
        if (!r.copyPrefix().isEmpty()) {
            out.put("copyPrefix", r.copyPrefix());
        }
        if (r.firstIndex() != 0) {
            out.put("firstIndex", r.firstIndex());
        }
        r.body().forEach(n -> out.withArray("layers").add(node(n)));
        return out;
    }

    private static ObjectNode conv(ObjectNode out, Conv2dSpec c) {
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
        return flag(out, "bias", c.bias(), true);
    }

    private static ObjectNode convTranspose(ObjectNode out, ConvTranspose2dSpec c) {
        out.put("filters", c.filters());
        size(out, "kernel", c.kernel(), null);
        size(out, "stride", c.stride(), Size2d.ONE);
        size(out, "padding", c.padding(), Size2d.ZERO);
        size(out, "outputPadding", c.outputPadding(), Size2d.ZERO);
        size(out, "dilation", c.dilation(), Size2d.ONE);
        if (c.groups() != 1) {
            out.put("groups", c.groups());
        }
        return flag(out, "bias", c.bias(), true);
    }

    private static ObjectNode slice(ObjectNode out, SliceSpec s) {
        return (s.from() == 0 ? out : out.put("from", s.from())).put("to", s.to());
    }

    private static ObjectNode upsample(ObjectNode out, UpsampleSpec u) {
        if (u.scale() != null) {
            size(out, "scale", u.scale(), null);
        } else {
            size(out, "size", u.size(), null);
        }
        if (u.mode() != UpsampleSpec.Mode.NEAREST) {
            out.put("mode", u.mode().id());
        }
        return flag(out, "alignCorners", u.alignCorners(), false);
    }

    private static ObjectNode dense(ObjectNode out, DenseSpec d) {
        if (d.isClassifier()) {
            out.put("units", "classes");
        } else {
            out.put("units", d.units());
        }
        flag(out, "bias", d.bias(), true);
        return d.inFeatures() == 0 ? out : out.put("inFeatures", d.inFeatures());
    }

    private static ObjectNode size(ObjectNode out, String key, Size2d size, Size2d fallback) {
        if (size.equals(fallback)) {
            return out;
        }
        if (size.isSquare()) {
            return out.put(key, size.height());
        }
        out.putArray(key).add(size.height()).add(size.width());
        return out;
    }

    private static ObjectNode flag(ObjectNode out, String key, boolean value, boolean fallback) {
        return value == fallback ? out : out.put(key, value);
    }
}
