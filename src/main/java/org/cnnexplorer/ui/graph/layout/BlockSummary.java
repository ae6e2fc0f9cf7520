package org.cnnexplorer.ui.graph.layout;

import static org.cnnexplorer.i18n.Messages.text;

import org.cnnexplorer.core.BlockSpec;
import org.cnnexplorer.core.Cardinality;
import org.cnnexplorer.core.CspStageSpec;
import org.cnnexplorer.core.InceptionSpec;
import org.cnnexplorer.core.RepeatSpec;
import org.cnnexplorer.core.ResidualBlockSpec;
import org.cnnexplorer.core.ResidualStageSpec;
import org.cnnexplorer.core.ShapeException;

/**
 * A collapsed block's settings as people read them, branch by branch or conv by conv:
 * {@code inception: 1x1 64 | 3x3 96→128 | 5x5 16→32 | pool→32} (the kernel each branch really
 * has: torchvision's "5x5" branch is 3x3), {@code bottleneck: 1x1 64 → 3x3 64 → 1x1 256}
 * (ResNeXt's: {@code 1x1 128 → 3x3 128 g32 → 1x1 256}),
 * {@code 3 x bottleneck: ..., stride 2}, a CSP stage {@code 3x3 s2 → 1x1 128, half: 2 x (1x1 64 → 3x3 64)
 * → 1x1 128} (the blocks run on half of conv_exp's channels). The box wraps it over two lines.
 */
final class BlockSummary {

    private BlockSummary() {
    }

    /** As {@link #of(BlockSpec)}, without the kind when the box's name already says it ({@code inception3a}). */
    static String of(BlockSpec spec, String boxName) {
        String text = of(spec);
        String kind = text.substring(0, Math.max(0, text.indexOf(": ")));
        boolean named = !kind.isEmpty() && !kind.contains(" ") && boxName.startsWith(kind);
        return named ? text.substring(kind.length() + 2) : text;
    }

    static String of(BlockSpec spec) {
        if (spec instanceof InceptionSpec i) {
            return "inception: 1x1 " + i.c1() + " | 3x3 " + i.c3Reduce() + "→" + i.c3() + " | " + i.c5Kernel() + "x"
                    + i.c5Kernel() + " " + i.c5Reduce() + "→" + i.c5() + " | pool→" + i.poolProj();
        }
        if (spec instanceof ResidualBlockSpec r) {
            return residual(r.kind(), r.width(), r.stride(), r.cardinality()) + (r.se() == null ? "" : ", SE");
        }
        if (spec instanceof ResidualStageSpec s) {
            return s.blocks() + " x " + residual(s.kind(), s.width(), s.stride(), s.cardinality())
                    + (s.se() == null ? "" : ", SE");
        }
        if (spec instanceof CspStageSpec c) {
            return text("graph.block.csp", c.stride() == 1 ? "" : "3x3 s" + c.stride() + " → ", c.expandedChannels(),
                    c.blocks(), c.innerChannels(), c.blockChannels(), c.filters());
        }
        if (spec instanceof RepeatSpec r) {
            return text("graph.block.repeat", r.times(), r.body().size());
        }
        String mobile = MobileBlockSummary.of(spec);
        return mobile != null ? mobile : spec.type() + " " + spec.settings();
    }

    private static String residual(ResidualBlockSpec.Kind kind, int width, int stride, Cardinality cardinality) {
        String inner = innerWidth(width, cardinality);
        String groups = cardinality.groups() == 1 ? "" : " g" + cardinality.groups();
        String convs = kind == ResidualBlockSpec.Kind.BASIC ? "3x3 " + width + " → 3x3 " + width
                : "1x1 " + inner + " → 3x3 " + inner + groups + " → 1x1 " + (long) width * kind.expansion();
        return kindName(kind) + ": " + convs
                + stride(stride);
    }

    /** {@code ", stride 2"}, or nothing for stride 1. */
    static String stride(int stride) {
        return stride == 1 ? "" : text("graph.block.stride", stride);
    }

    /** The bottleneck's inner width, or "?" where the analysis reports that it has none. */
    private static String innerWidth(int width, Cardinality cardinality) {
        try {
            return String.valueOf(cardinality.innerWidth(width));
        } catch (ShapeException e) {
            return "?";
        }
    }

    private static String kindName(ResidualBlockSpec.Kind kind) {
        return kind == ResidualBlockSpec.Kind.BASIC ? "basic-block" : "bottleneck";
    }
}
