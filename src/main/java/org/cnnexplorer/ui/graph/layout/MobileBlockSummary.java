package org.cnnexplorer.ui.graph.layout;

import static org.cnnexplorer.i18n.Messages.text;

import org.cnnexplorer.core.BlockSpec;
import org.cnnexplorer.core.DenseBlockSpec;
import org.cnnexplorer.core.InvertedResidualSpec;
import org.cnnexplorer.core.InvertedResidualStageSpec;
import org.cnnexplorer.core.SeparableSpec;
import org.cnnexplorer.core.SqueezeExcitationSpec;
import org.cnnexplorer.core.TransitionSpec;

/**
 * {@link BlockSummary}'s text for the MobileNet, EfficientNet and DenseNet blocks, in the papers'
 * notation: {@code separable: dw 3x3 s2 → 1x1 64}, {@code MBConv6 5x5 → 40, SE 10, stride 2}
 * (MobileNet v3's {@code MBConv exp 72 5x5 → 40 ...}), an EfficientNet stage
 * {@code 2 x MBConv6 3x3 → 24, SE C_in/4, stride 2}, {@code SE: squeeze 24, hard-sigmoid},
 * {@code dense-block: 6 x (1x1 128 → 3x3 32)}, {@code transition: 1x1 128, avgpool 2}.
 */
final class MobileBlockSummary {

    private MobileBlockSummary() {
    }

    /** The text, or null for a block of another kind. */
    static String of(BlockSpec spec) {
        if (spec instanceof SeparableSpec s) {
            return "separable: dw " + s.kernel() + "x" + s.kernel() + (s.stride() == 1 ? "" : " s" + s.stride())
                    + " → 1x1 " + s.filters();
        }
        if (spec instanceof InvertedResidualSpec r) {
            return mbconv(r, r.se() == null ? null : String.valueOf(r.se().squeeze()));
        }
        if (spec instanceof InvertedResidualStageSpec s) {
            return s.blocks() + " x " + mbconv(s.block(), s.block().se() == null ? null
                    : "C_in/" + s.block().se().reduction());
        }
        if (spec instanceof SqueezeExcitationSpec s) {
            String squeeze = s.squeeze() > 0 ? text("graph.block.squeeze", s.squeeze()) : "C/" + s.reduction();
            return "SE: " + squeeze + ", " + s.gate().id();
        }
        if (spec instanceof DenseBlockSpec d) {
            return "dense-block: " + d.layers() + " x (1x1 " + (long) d.bnSize() * d.growthRate() + " → 3x3 "
                    + d.growthRate() + ")";
        }
        if (spec instanceof TransitionSpec t) {
            return "transition: 1x1 " + t.filters() + ", avgpool 2";
        }
        return null;
    }

    /** {@code MBConv6 5x5 → 40, SE 10, stride 2}; {@code se} is the squeeze width's text, null for none. */
    private static String mbconv(InvertedResidualSpec r, String se) {
        String expansion = r.expandedChannels() > 0 ? " exp " + r.expandedChannels() : String.valueOf(r.expansion());
        return "MBConv" + expansion + " " + r.kernel() + "x" + r.kernel() + " → " + r.filters()
                + (se == null ? "" : ", SE " + se) + BlockSummary.stride(r.stride());
    }
}
