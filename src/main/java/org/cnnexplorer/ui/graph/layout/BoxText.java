package org.cnnexplorer.ui.graph.layout;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.List;
import org.cnnexplorer.core.BlockSpec;
import org.cnnexplorer.core.Conventions;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.ui.graph.layout.GraphNode.Kind;
import org.cnnexplorer.ui.graph.layout.GraphNode.Status;

/** Builds the text and status of a box from the layers it shows. */
final class BoxText {

    private BoxText() {
    }

    static GraphNode layer(LayerReport layer) {
        return layer(layer, Conventions.DEFAULT);
    }

    /** A layer's box, its compute as the conventions show it (MACs or FLOPs). */
    static GraphNode layer(LayerReport layer, Conventions conventions) {
        String detail = (layer.type() + " " + layer.settings()).trim();
        return new GraphNode(layer.name(), localName(layer), detail, output(layer), layer.params(),
                conventions.compute(layer), conventions.computeName(), kind(layer.spec().layerKind()),
                status(List.of(layer)), problem(List.of(layer)), false, List.of(layer.name()));
    }

    static GraphNode block(String id, BlockSpec spec, List<LayerReport> layers) {
        return block(id, spec, layers, Conventions.DEFAULT);
    }

    static GraphNode block(String id, BlockSpec spec, List<LayerReport> layers, Conventions conventions) {
        String detail = spec == null ? groupSummary(layers) : BlockSummary.of(spec, id);
        long params = layers.stream().mapToLong(LayerReport::params).sum();
        long macs = layers.stream().mapToLong(conventions::compute).sum();
        LayerReport last = layers.get(layers.size() - 1);
        return new GraphNode(id, id, detail, output(last), params, macs, conventions.computeName(), Kind.BLOCK,
                status(layers), problem(layers), true, layers.stream().map(LayerReport::name).toList());
    }

    /** A name-path group (an ONNX import): how many layers of which kinds ("7 layers: conv2d, batchnorm"). */
    private static String groupSummary(List<LayerReport> layers) {
        List<String> kinds = layers.stream().map(LayerReport::type).distinct().limit(4).toList();
        return text("graph.block.group", layers.size(), String.join(", ", kinds))
                + (layers.stream().map(LayerReport::type).distinct().count() > 4 ? ", ..." : "");
    }

    /** The name inside the enclosing (open) block, whose frame already shows the block's name. */
    static String localName(LayerReport layer) {
        String block = layer.block();
        return block != null && layer.name().startsWith(block + ".") ? layer.name().substring(block.length() + 1)
                : layer.name();
    }

    private static String output(LayerReport layer) {
        return layer.isValid() ? layer.output().toString() : layer.isBlocked() ? "-" : text("view.invalid");
    }

    private static Status status(List<LayerReport> layers) {
        if (layers.stream().anyMatch(l -> l.problem() != null)) {
            return Status.PROBLEM;
        }
        return layers.stream().anyMatch(LayerReport::isBlocked) ? Status.BLOCKED : Status.OK;
    }

    private static String problem(List<LayerReport> layers) {
        return layers.stream().filter(l -> l.problem() != null).map(l -> l.name() + ": " + l.problem())
                .findFirst().orElse(null);
    }

    /** The box colour of a kind; the switch names every category, so a new one does not compile until coloured. */
    static Kind kind(LayerKind kind) {
        return switch (kind.category()) {
            case INPUT -> Kind.INPUT;
            case CONV -> Kind.CONV;
            case POOL -> Kind.POOL;
            case DENSE -> Kind.DENSE;
            case NORM -> Kind.NORM;
            case ACTIVATION -> Kind.ACTIVATION;
            case MERGE -> Kind.MERGE;
            case RESHAPE -> Kind.RESHAPE;
            case BLOCK -> Kind.BLOCK;
        };
    }
}
