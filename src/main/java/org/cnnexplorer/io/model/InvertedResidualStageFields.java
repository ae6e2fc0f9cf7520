package org.cnnexplorer.io.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import org.cnnexplorer.core.FlatNumbering;
import org.cnnexplorer.core.InvertedResidualSpec;
import org.cnnexplorer.core.InvertedResidualStageSpec;
import org.cnnexplorer.core.SqueezeExcitationSpec;
import org.cnnexplorer.i18n.Messages;

/**
 * The fields of an {@code inverted-residual-stage} entry (docs/model-format.md): {@code blocks},
 * the optional {@code firstBlock} (flat block names, {@link FlatNumbering}) and the fields of an
 * {@code inverted-residual} block with their defaults, except that {@code se} is a ratio of each
 * block's input channels (EfficientNet's 4) instead of squeeze channels, because the blocks of a
 * stage read different widths.
 */
final class InvertedResidualStageFields {

    static final String TYPE = "inverted-residual-stage";
    static final Set<String> FIELDS = fields();

    private InvertedResidualStageFields() {
    }

    private static Set<String> fields() {
        Set<String> fields = new HashSet<>(BlockDecoder.FIELDS.get("inverted-residual"));
        fields.add("blocks");
        fields.add("firstBlock");
        return Set.copyOf(fields);
    }

    /** The block's fields read as an {@code inverted-residual}'s, its {@code se} then taken as a ratio. */
    static InvertedResidualStageSpec read(JsonFields f) throws ModelFileException {
        int blocks = f.positiveInt("blocks");
        InvertedResidualSpec block = (InvertedResidualSpec) BlockDecoder.decode("inverted-residual", f);
        return new InvertedResidualStageSpec(blocks, withSe(block, block.se() == null ? null
                : new SqueezeExcitationSpec(0, block.se().squeeze(), block.se().activation(), block.se().gate())),
                numbering(f));
    }

    /** {@code "firstBlock": "features.2"}: the blocks continue a flat count; absent, they are numbered in the stage. */
    private static FlatNumbering numbering(JsonFields f) throws ModelFileException {
        if (!f.has("firstBlock")) {
            return null;
        }
        try {
            return FlatNumbering.parse(f.word("firstBlock"));
        } catch (IllegalArgumentException e) {
            throw f.invalid("firstBlock", Messages.text("arch.m.expectFirstBlock"), f.raw("firstBlock"));
        }
    }

    static ObjectNode write(ObjectNode out, InvertedResidualStageSpec stage) {
        out.put("blocks", stage.blocks());
        if (stage.numbering() != null) {
            out.put("firstBlock", stage.numbering().firstBlock());
        }
        SqueezeExcitationSpec se = stage.block().se();
        return BlockEncoder.encode(out, withSe(stage.block(), se == null ? null
                : SqueezeExcitationSpec.squeezingTo(se.reduction(), se.activation(), se.gate())));
    }

    private static InvertedResidualSpec withSe(InvertedResidualSpec b, SqueezeExcitationSpec se) {
        return new InvertedResidualSpec(b.filters(), b.kernel(), b.stride(), b.expansion(), b.expandedChannels(),
                b.activation(), se, b.epsilon(), b.layout());
    }
}
