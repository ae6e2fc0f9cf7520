package org.cnnexplorer.core;

import java.util.List;
import java.util.Optional;

/** The full analysis of a network for one {@link AnalysisSettings}: every layer, totals, problems. */
public record NetworkReport(NetworkSpec spec, AnalysisSettings settings, List<LayerReport> layers, Totals totals,
                            List<Problem> problems) {

    public NetworkReport {
        layers = List.copyOf(layers);
        problems = List.copyOf(problems);
    }

    /** True when every layer has a valid output. */
    public boolean isValid() {
        return problems.isEmpty();
    }

    public Optional<LayerReport> layer(String name) {
        return layers.stream().filter(layer -> layer.name().equals(name)).findFirst();
    }

    /** The network's output shape, or null when it has a problem. */
    public Shape output() {
        LayerReport last = layers.get(layers.size() - 1);
        return last.output();
    }

    /** The layer with the most parameters. */
    public LayerReport largestByParams() {
        return layers.stream().reduce((a, b) -> b.params() > a.params() ? b : a).orElseThrow();
    }

    /** The layer with the largest output. */
    public LayerReport largestByActivations() {
        return layers.stream().reduce((a, b) -> b.activationElements() > a.activationElements() ? b : a)
                .orElseThrow();
    }
}
