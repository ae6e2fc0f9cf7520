package org.cnnexplorer.lessons;

import java.util.List;
import java.util.Objects;

import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.i18n.Messages;

/**
 * Where memory goes against where weights go (VGG16 by default): the early convolutions produce
 * most of the activation values a forward pass keeps, while a few late layers (VGG16's fc6 alone)
 * hold most of the weights. The lesson finds the shortest prefix of layers that produces half of
 * all activation values, and states the share of the weights it holds, then the layer with the
 * most weights and its share.
 */
public record MemoryVsWeights(NetworkSpec network) implements Lesson {

    public MemoryVsWeights {
        Objects.requireNonNull(network, "network");
    }

    @Override
    public String id() {
        return "memory-vs-weights";
    }

    @Override
    public String title() {
        return Messages.text("lesson.memory.title", network.name());
    }

    @Override
    public String text() {
        return Messages.text("lesson.memory.text");
    }

    @Override
    public List<LessonParameter> parameters() {
        return List.of();
    }

    @Override
    public Lesson with(String parameter, int value) {
        throw Lesson.unknown(this, parameter);
    }

    @Override
    public List<NetworkSpec> networks() {
        return List.of(network);
    }

    @Override
    public List<String> points(List<NetworkReport> reports) {
        NetworkReport report = reports.get(0);
        List<LayerReport> layers = report.layers().stream()
                .filter(l -> l.isValid() && l.spec().layerKind() != LayerKind.INPUT).toList();
        long activations = layers.stream().mapToLong(LayerReport::activationElements).sum();
        long params = report.totals().params();
        long prefixActivations = 0;
        long prefixParams = 0;
        int prefix = 0;
        while (prefix < layers.size() && 2 * prefixActivations < activations) {
            prefixActivations += layers.get(prefix).activationElements();
            prefixParams += layers.get(prefix).params();
            prefix++;
        }
        LayerReport heaviest = report.largestByParams();
        String lastOfPrefix = prefix == 0 ? Messages.text("lesson.memory.none") : layers.get(prefix - 1).name();
        return List.of(
                Messages.text("lesson.memory.point.early", prefix, layers.size(), lastOfPrefix,
                        Numbers.percent(prefixActivations, activations), Numbers.grouped(activations),
                        Numbers.percent(prefixParams, params)),
                Messages.text("lesson.memory.point.heaviest", heaviest.name(), Numbers.grouped(heaviest.params()),
                        Numbers.grouped(params), Numbers.percent(heaviest.params(), params),
                        Numbers.grouped(heaviest.activationElements())));
    }
}
