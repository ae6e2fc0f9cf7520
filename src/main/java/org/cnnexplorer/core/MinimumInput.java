package org.cnnexplorer.core;

import java.util.Optional;
import org.cnnexplorer.i18n.Messages;

/**
 * The smallest square input at which a whole network runs: the least {@code s} such that the
 * analysis at {@code channels x s x s} (same channels, classes, batch, dtype and optimizer) has
 * no problem. Pooling and strided convolutions shrink the image by roughly their stride, so a
 * network that runs at {@code s} also runs at every larger size in practice; the search is a
 * binary search over {@code 1 .. }{@link #MAX_SIDE} under that assumption, and the answer is
 * always one the analysis accepted. AlexNet (torchvision) runs from 63x63: conv1 gives
 * {@code floor((63 + 2*2 - 11) / 4) + 1 = 15}, the pools {@code 7}, {@code 3} and {@code 1}.
 */
public final class MinimumInput {

    /** The largest side tried; a network that needs more (or never runs) gets no answer. */
    public static final int MAX_SIDE = 4096;

    private MinimumInput() {
    }

    /** The smallest square size at which {@code spec} runs with {@code settings}, or empty when none up to the cap. */
    public static Optional<Size2d> find(NetworkSpec spec, AnalysisSettings settings) {
        int channels = settings.input().channels();
        if (!runs(spec, settings, channels, MAX_SIDE)) {
            return Optional.empty();
        }
        int low = 0;
        int high = MAX_SIDE;
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (runs(spec, settings, channels, middle)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return Optional.of(Size2d.square(high));
    }

    /**
     * The smallest square size for the report's network and settings; empty when it runs as it is, never,
     * or already at an input that large (a network that fails at 3x100000x100000 because a figure does not
     * fit does not "run from 3x3").
     */
    public static Optional<Size2d> forProblem(NetworkReport report) {
        if (report.isValid()) {
            return Optional.empty();
        }
        Shape in = report.settings().input();
        return find(report.spec(), report.settings())
                .filter(size -> size.height() > in.height() || size.width() > in.width());
    }

    /** {@code runs from 63x63}, or empty when there is no such size. */
    public static String phrase(NetworkReport report) {
        return forProblem(report).map(size -> Messages.text("core.runsFrom", size.height() + "x" + size.width()))
                .orElse("");
    }

    private static boolean runs(NetworkSpec spec, AnalysisSettings settings, int channels, int side) {
        return NetworkAnalyzer.analyze(spec, settings.withInput(Shape.of(channels, side, side))).isValid();
    }
}
