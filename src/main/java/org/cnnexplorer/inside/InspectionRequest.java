package org.cnnexplorer.inside;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.SpecException;
import org.cnnexplorer.training.NetworkWeights;

/**
 * What to run: an analysed network, its learned values ({@code null} for random initial weights), one
 * image of {@code C x H x W} values at the report's input (normalised as the network was trained), the
 * class names of its data set (empty for numbers only), how many timed runs per layer (0 for no
 * timing) and a flag polled between steps that abandons a stale request.
 */
public record InspectionRequest(NetworkReport report, NetworkWeights weights, float[] image,
                                List<String> classNames, int timingRuns, BooleanSupplier cancelled) {

    public InspectionRequest {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(image, "image");
        classNames = List.copyOf(classNames);
        if (timingRuns < 0) {
            throw new SpecException("calc.request.timing", timingRuns);
        }
        if (image.length != report.settings().input().elements()) {
            throw new SpecException("calc.request.image", image.length, report.settings().input(),
                    report.settings().input().elements());
        }
        cancelled = cancelled == null ? () -> false : cancelled;
    }

    /** A request that is never cancelled. */
    public InspectionRequest(NetworkReport report, NetworkWeights weights, float[] image, List<String> classNames,
                             int timingRuns) {
        this(report, weights, image, classNames, timingRuns, null);
    }
}
