package org.cnnexplorer.dl4j.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.ChannelShuffleSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.ConvTranspose2dSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.DropoutSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.LayerSpec;
import org.cnnexplorer.core.LeakyReluSpec;
import org.cnnexplorer.core.LrnSpec;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.SliceSpec;
import org.cnnexplorer.core.UpsampleSpec;
import org.cnnexplorer.dl4j.layers.ChannelShuffleVertex;
import org.cnnexplorer.dl4j.layers.ChannelSubsetVertex;
import org.cnnexplorer.dl4j.layers.InterpolationVertex;
import org.cnnexplorer.dl4j.layers.MultiplyVertex;
import org.cnnexplorer.i18n.Messages;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.ZeroPaddingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Translates an analysed network (its expanded layers with shapes) into a DL4J
 * {@link ComputationGraphConfiguration}: one vertex per core layer, named as in the core, with
 * the last dense layer (and a softmax after it) becoming a softmax + cross-entropy output layer.
 */
public final class Dl4jGraphFactory {

    private final NetworkReport report;
    private final ComputationGraphConfiguration.GraphBuilder graph;
    private final Map<String, String> aliases = new HashMap<>();
    private final String classifier;
    private final ActivationFusion fusion;
    private String output;

    private Dl4jGraphFactory(NetworkReport report, GraphOptions options, boolean fused) {
        this.report = report;
        this.graph = GlobalConfig.builder(report, options);
        this.classifier = fused ? classifierName(report.layers()) : "";
        this.fusion = ActivationFusion.plan(fused ? report.layers() : List.of(), classifier);
    }

    /** The DL4J configuration for a valid report, or an {@link UnsupportedLayerException}. */
    public static ComputationGraphConfiguration configure(NetworkReport report, GraphOptions options) {
        return translate(report, options, true).configuration();
    }

    /**
     * The configuration and, for every core layer, the DL4J vertex that holds its output. Unfused
     * ({@code fused = false}), every activation is a layer of its own and the classifier a plain dense
     * layer (its softmax too), so each core layer's own output can be read, as the Inside view needs.
     */
    public static Translation translate(NetworkReport report, GraphOptions options, boolean fused) {
        if (!report.isValid()) {
            throw new IllegalArgumentException(Messages.text("dl4j.graph.cannotRun", report.problems().get(0)));
        }
        Dl4jGraphFactory factory = new Dl4jGraphFactory(report, options, fused);
        factory.addAll();
        factory.fusion.checkAllApplied();
        Map<String, String> vertices = new HashMap<>();
        report.layers().forEach(l -> vertices.put(l.name(), factory.aliases.getOrDefault(l.name(), l.name())));
        return new Translation(factory.graph.build(), Map.copyOf(vertices));
    }

    /** A DL4J configuration and the vertex holding each core layer's output (by core layer name). */
    public record Translation(ComputationGraphConfiguration configuration, Map<String, String> vertices) {
    }

    private void addAll() {
        Shape in = report.settings().input();
        graph.addInputs(NetworkAnalyzer.INPUT)
                .setInputTypes(InputType.convolutional(in.height(), in.width(), in.channels()));
        for (LayerReport layer : report.layers().subList(1, report.layers().size())) {
            add(layer);
        }
        if (!output.equals(classifier)) {
            boolean probabilities = lastIsSoftmax();
            graph.addLayer("loss", new LossLayer.Builder(LossFunctions.LossFunction.MCXENT)
                    .activation(probabilities ? org.nd4j.linalg.activations.Activation.IDENTITY
                            : org.nd4j.linalg.activations.Activation.SOFTMAX).build(), output);
            output = "loss";
        }
        graph.setOutputs(output);
    }

    private void add(LayerReport layer) {
        String[] inputs = layer.inputs().stream().map(n -> aliases.getOrDefault(n, n)).toArray(String[]::new);
        LayerSpec spec = layer.spec();
        if (spec instanceof ActivationSpec a && a.function() == org.cnnexplorer.core.Activation.SOFTMAX
                && inputs.length == 1 && inputs[0].equals(classifier)) {
            alias(layer.name(), inputs[0]);
        } else if (fusion.isFused(layer.name())) {
            alias(layer.name(), inputs[0]);
        } else {
            place(layer, inputs);
        }
        output = aliases.getOrDefault(layer.name(), layer.name());
    }

    /**
     * Adds the layer as a DL4J vertex or layer. The switch names every kind, so a new kind does not
     * compile until it is mapped here or refused with an {@link UnsupportedLayerException}.
     */
    private ComputationGraphConfiguration.GraphBuilder place(LayerReport layer, String[] inputs) {
        LayerSpec spec = layer.spec();
        String name = layer.name();
        return switch (spec.layerKind()) {
            case CONCAT -> graph.addVertex(name, new MergeVertex(), inputs);
            case ADD -> graph.addVertex(name, new ElementWiseVertex(ElementWiseVertex.Op.Add), inputs);
            case MULTIPLY -> graph.addVertex(name, new MultiplyVertex(), inputs);
            case FLATTEN -> flatten(layer, inputs[0]);
            case CONV2D -> addLayer(layer, LayerMapper.conv(layer, (Conv2dSpec) spec), inputs[0]);
            case CONV_TRANSPOSE2D -> addLayer(layer, GeometryMapper.convTranspose((ConvTranspose2dSpec) spec),
                    inputs[0]);
            case UPSAMPLE -> upsample(layer, (UpsampleSpec) spec, inputs[0]);
            case CROP -> addLayer(layer, GeometryMapper.crop(layer), inputs[0]);
            case SLICE -> slice(name, (SliceSpec) spec, inputs[0]);
            case CHANNEL_SHUFFLE -> shuffle(layer, (ChannelShuffleSpec) spec, inputs[0]);
            case MAXPOOL, AVGPOOL -> addLayer(layer, pool(layer, (PoolSpec) spec, inputs[0]), inputs[0]);
            case GLOBAL_AVGPOOL, ADAPTIVE_AVGPOOL -> addLayer(layer,
                    PoolMapper.adaptive(name, (AdaptiveAvgPoolSpec) spec, layer.inputShapes().get(0)), inputs[0]);
            case DENSE -> addLayer(layer, dense(name, (DenseSpec) spec), inputs[0]);
            case BATCHNORM -> addLayer(layer, LayerMapper.batchNorm((BatchNormSpec) spec), inputs[0]);
            case LRN -> addLayer(layer, LayerMapper.lrn((LrnSpec) spec), inputs[0]);
            case DROPOUT -> addLayer(layer, LayerMapper.dropout((DropoutSpec) spec), inputs[0]);
            case RELU, RELU6, TANH, SIGMOID, HARD_SIGMOID, SWISH, HARD_SWISH, MISH, SOFTMAX ->
                    addLayer(layer, LayerMapper.activation((ActivationSpec) spec), inputs[0]);
            case LEAKY_RELU -> addLayer(layer, LayerMapper.leakyRelu((LeakyReluSpec) spec), inputs[0]);
            case INPUT, INCEPTION, RESIDUAL_STAGE, BOTTLENECK, BASIC_BLOCK, REPEAT,
                    SEPARABLE, SQUEEZE_EXCITATION, INVERTED_RESIDUAL, INVERTED_RESIDUAL_STAGE,
                    DENSE_BLOCK, TRANSITION, CSP_STAGE, FCN_HEAD ->
                    throw new UnsupportedLayerException(name, Messages.text("dl4j.unsupported.block",
                            spec.layerKind().title(), spec.type()));
        };
    }

    /** DL4J's subset is inclusive of its last channel. */
    private ComputationGraphConfiguration.GraphBuilder slice(String name, SliceSpec slice, String input) {
        return graph.addVertex(name, new ChannelSubsetVertex(slice.from(), slice.to() - 1), input);
    }

    private ComputationGraphConfiguration.GraphBuilder shuffle(LayerReport layer, ChannelShuffleSpec shuffle,
                                                               String input) {
        Shape in = layer.inputShapes().get(0);
        return graph.addVertex(layer.name(), new ChannelShuffleVertex(shuffle.groups(), in.channels(), in.height(),
                in.width()), input);
    }

    /** Whole-factor nearest upsampling as DL4J's layer, the rest as an {@link InterpolationVertex}. */
    private ComputationGraphConfiguration.GraphBuilder upsample(LayerReport layer, UpsampleSpec upsample,
                                                                String input) {
        Layer whole = GeometryMapper.wholeNearest(layer, upsample);
        return whole != null ? addLayer(layer, whole, input)
                : graph.addVertex(layer.name(), GeometryMapper.interpolation(layer, upsample), input);
    }

    private Layer dense(String name, DenseSpec dense) {
        return name.equals(classifier) ? LayerMapper.output(dense) : LayerMapper.dense(dense);
    }

    /** The pool as DL4J layers; null (an alias of its input) where it returns its input. */
    private Layer pool(LayerReport layer, PoolSpec pool, String input) {
        if (PoolMapper.passesThrough(pool, layer.inputShapes().get(0), layer.output())) {
            return null;
        }
        ZeroPaddingLayer padding = PoolMapper.ceilPadding(pool, layer.inputShapes().get(0), layer.output());
        if (padding == null) {
            return PoolMapper.pool(pool);
        }
        Layer same = PoolMapper.ceilAsSame(pool, layer.inputShapes().get(0), layer.output());
        if (same != null) {
            return same;
        }
        String padName = layer.name() + ".ceilpad";
        graph.addLayer(padName, padding, input);
        aliases.put(layer.name() + "#input", padName);
        return PoolMapper.pool(pool);
    }

    /** Adds a mapped layer (with an activation folded into it, if one was), or an alias when it is null. */
    private ComputationGraphConfiguration.GraphBuilder addLayer(LayerReport layer, Layer mapped, String input) {
        if (mapped == null) {
            return alias(layer.name(), input);
        }
        String source = aliases.getOrDefault(layer.name() + "#input", input);
        return graph.addLayer(layer.name(), fusion.apply(layer.name(), mapped), source);
    }

    private ComputationGraphConfiguration.GraphBuilder flatten(LayerReport layer, String input) {
        Shape in = layer.inputShapes().get(0);
        if (in.flat()) {
            return alias(layer.name(), input);
        }
        return graph.addVertex(layer.name(), new PreprocessorVertex(
                new CnnToFeedForwardPreProcessor(in.height(), in.width(), in.channels())), input);
    }

    private ComputationGraphConfiguration.GraphBuilder alias(String name, String target) {
        aliases.put(name, target);
        return graph;
    }

    private boolean lastIsSoftmax() {
        LayerSpec last = report.layers().get(report.layers().size() - 1).spec();
        return last instanceof ActivationSpec a && a.function() == org.cnnexplorer.core.Activation.SOFTMAX;
    }

    /** The dense layer that feeds the output (directly or through a softmax), or "" when there is none. */
    private static String classifierName(List<LayerReport> layers) {
        LayerReport last = layers.get(layers.size() - 1);
        if (last.spec() instanceof ActivationSpec a && a.function() == org.cnnexplorer.core.Activation.SOFTMAX
                && last.inputs().size() == 1) {
            String input = last.inputs().get(0);
            return layers.stream().filter(l -> l.name().equals(input) && l.spec() instanceof DenseSpec)
                    .map(LayerReport::name).findFirst().orElse("");
        }
        return last.spec() instanceof DenseSpec ? last.name() : "";
    }
}
