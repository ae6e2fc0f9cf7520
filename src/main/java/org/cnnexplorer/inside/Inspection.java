package org.cnnexplorer.inside;

import java.util.List;
import java.util.Optional;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.SpecException;
import org.cnnexplorer.training.NetworkWeights;

/**
 * One image through every layer: the activations of each layer of the analysis in its order (blocks
 * expanded, the input first), the top classes, the weights used (random ones included, so that
 * {@link ValueArithmetic} can recompute any value) and the median time of a whole forward pass.
 */
public record Inspection(NetworkReport report, List<LayerActivation> layers, List<ClassScore> top,
                         NetworkWeights weights, double forwardMillis) {

    public Inspection {
        layers = List.copyOf(layers);
        top = List.copyOf(top);
    }

    /** The activations of the named layer. */
    public Optional<LayerActivation> layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The activations of the named layer, or an exception listing where to look. */
    public LayerActivation require(String name) {
        return layer(name).orElseThrow(() -> new SpecException("calc.inspection.noLayer", name,
                report.spec().id()));
    }
}
