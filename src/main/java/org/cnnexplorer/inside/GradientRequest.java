package org.cnnexplorer.inside;

import java.util.Objects;
import org.cnnexplorer.core.SpecException;

/**
 * A gradient to compute by back-propagation in inference mode: {@code d scoreLayer[unit] / d layer}
 * for the image of {@code inspection}, where {@code layer} is the input layer or any layer the score
 * depends on, and {@code unit} a flat index into the score layer's output (a class logit).
 */
public record GradientRequest(InspectionRequest inspection, String scoreLayer, int unit, String layer) {

    public GradientRequest {
        Objects.requireNonNull(inspection, "inspection");
        Objects.requireNonNull(scoreLayer, "scoreLayer");
        Objects.requireNonNull(layer, "layer");
        if (unit < 0) {
            throw new SpecException("calc.gradient.unit", unit);
        }
    }
}
