package org.cnnexplorer.core;

import java.util.List;
import java.util.Optional;
import org.cnnexplorer.i18n.Messages;

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

    /**
     * True when some layers cannot run (impossible, or after an impossible one): the totals then
     * count only the layers that can, and say so ({@link #partialLabel()}).
     */
    public boolean isPartial() {
        return firstBroken() != null;
    }

    /** The first layer that cannot run, or null when every layer runs. */
    public LayerReport firstBroken() {
        for (LayerReport layer : layers) {
            if (!layer.isValid()) {
                return layer;
            }
        }
        return null;
    }

    /** Layers (the input row not counted) left out of the totals because they cannot run. */
    public int uncountedLayers() {
        int count = 0;
        for (LayerReport layer : layers) {
            count += layer.isValid() || layer.name().equals(NetworkAnalyzer.INPUT) ? 0 : 1;
        }
        return count;
    }

    /**
     * {@code partial: layers before pool5 (9 of 22 layers cannot run and are not counted)}, or
     * empty when the totals cover the whole network.
     */
    public String partialLabel() {
        LayerReport broken = firstBroken();
        if (broken == null) {
            return "";
        }
        if (broken.name().equals(NetworkAnalyzer.INPUT)) {
            return Messages.text("core.partial.input");
        }
        return Messages.text("core.partial.before", broken.name(), uncountedLayers(), layers.size() - 1);
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
