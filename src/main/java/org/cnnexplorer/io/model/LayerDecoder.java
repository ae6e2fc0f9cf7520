package org.cnnexplorer.io.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.AddSpec;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.Cardinality;
import org.cnnexplorer.core.ChannelShuffleSpec;
import org.cnnexplorer.core.ConcatSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.ConvTranspose2dSpec;
import org.cnnexplorer.core.CropSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.DropoutSpec;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.FcnHeadSpec;
import org.cnnexplorer.core.FlattenSpec;
import org.cnnexplorer.core.InceptionSpec;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LeakyReluSpec;
import org.cnnexplorer.core.LrnSpec;
import org.cnnexplorer.core.MultiplySpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Padding;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.RepeatSpec;
import org.cnnexplorer.core.ResidualBlockSpec;
import org.cnnexplorer.core.ResidualStageSpec;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.core.SliceSpec;
import org.cnnexplorer.core.UpsampleSpec;
import org.cnnexplorer.i18n.Messages;

/** Maps layer entries of a model file to core specs; every field is documented in docs/model-format.md. */
final class LayerDecoder {

    private static final Set<String> COMMON = Set.of("name", "type", "inputs", "trainable", "widthFloor", "comment");
    private static final Map<String, Set<String>> FIELDS = withBlocks(Map.ofEntries(
            Map.entry("conv2d", Set.of("filters", "kernel", "stride", "padding", "dilation", "groups", "bias")),
            Map.entry("maxpool", Set.of("kernel", "stride", "padding", "ceil")),
            Map.entry("avgpool", Set.of("kernel", "stride", "padding", "ceil")),
            Map.entry("global-avgpool", Set.of()),
            Map.entry("adaptive-avgpool", Set.of("output")),
            Map.entry("dense", Set.of("units", "bias", "inFeatures")),
            Map.entry("flatten", Set.of()),
            Map.entry("batchnorm", Set.of("eps")),
            Map.entry("lrn", Set.of("size", "alpha", "beta", "k")),
            Map.entry("dropout", Set.of("rate")),
            Map.entry("relu", Set.of()), Map.entry("relu6", Set.of()),
            Map.entry("tanh", Set.of()), Map.entry("sigmoid", Set.of()),
            Map.entry("hard-sigmoid", Set.of()), Map.entry("swish", Set.of()), Map.entry("hard-swish", Set.of()),
            Map.entry("leaky-relu", Set.of("slope")), Map.entry("mish", Set.of()),
            Map.entry("multiply", Set.of()),
            Map.entry("softmax", Set.of()),
            Map.entry("concat", Set.of()),
            Map.entry("add", Set.of()),
            Map.entry("conv-transpose2d", Set.of("filters", "kernel", "stride", "padding", "outputPadding",
                    "dilation", "groups", "bias")),
            Map.entry("upsample", Set.of("scale", "size", "mode", "alignCorners")),
            Map.entry("slice", Set.of("from", "to")),
            Map.entry("channel-shuffle", Set.of("groups")),
            Map.entry("crop", Set.of("size")),
            Map.entry("inception", Set.of("c1", "c3reduce", "c3", "c5reduce", "c5", "poolProj", "c5Kernel",
                    "batchNorm")),
            Map.entry("residual-stage", Set.of("block", "blocks", "width", "stride", "strideOn3x3", "groups",
                    "widthPerGroup", "se")),
            Map.entry("bottleneck", Set.of("width", "stride", "strideOn3x3", "groups", "widthPerGroup", "se")),
            Map.entry("basic-block", Set.of("width", "stride", "se")),
            Map.entry("repeat", Set.of("times", "layers", "copyPrefix", "firstIndex")),
            Map.entry("csp-stage", CspStageFields.FIELDS),
            Map.entry(InvertedResidualStageFields.TYPE, InvertedResidualStageFields.FIELDS),
            Map.entry("fcn-head", Set.of("filters"))));

    private final String file;

    private static Map<String, Set<String>> withBlocks(Map<String, Set<String>> layers) {
        Map<String, Set<String>> all = new java.util.HashMap<>(layers);
        all.putAll(BlockDecoder.FIELDS);
        return Map.copyOf(all);
    }

    LayerDecoder(String file) {
        this.file = file;
    }

    /** Every type a model file may use. */
    static Set<String> types() {
        return FIELDS.keySet();
    }

    NodeSpec node(LayerDto dto, String path) throws ModelFileException {
        JsonFields fields = JsonFields.entry(dto.fields(), file, path, dto.line(), dto.column());
        String name = fields.word("name");
        ElementSpec element = element(fields, dto, path);
        try {
            return new NodeSpec(name, element, fields.names("inputs"), fields.bool("trainable", true),
                    fields.number("widthFloor", 0));
        } catch (IllegalArgumentException e) {
            throw fields.error(e.getMessage());
        }
    }

    ElementSpec element(JsonFields fields, LayerDto dto, String path) throws ModelFileException {
        String type = canonical(fields.word("type"));
        Set<String> known = FIELDS.get(type);
        if (known == null) {
            throw fields.error(Messages.text("io.layer.unknownTypeKnown", type,
                    String.join(", ", new java.util.TreeSet<>(FIELDS.keySet()))));
        }
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(known);
        fields.allowOnly(allowed, Messages.text("io.json.forType", type));
        try {
            return decode(type, fields, dto, path);
        } catch (IllegalArgumentException e) {
            throw fields.error(e.getMessage());
        }
    }

    /** PyTorch's name {@code silu} reads as {@code swish}, the name this format writes. */
    private static String canonical(String type) {
        return type.equals("silu") ? LayerKind.SWISH.id() : type;
    }

    private ElementSpec decode(String type, JsonFields f, LayerDto dto, String path) throws ModelFileException {
        Activation activation = Activation.fromId(type);
        if (activation != null) {
            return new ActivationSpec(activation);
        }
        return switch (type) {
            case "conv2d" -> conv(f);
            case "maxpool", "avgpool" -> pool(type, f);
            case "global-avgpool" -> AdaptiveAvgPoolSpec.global();
            case "adaptive-avgpool" -> new AdaptiveAvgPoolSpec(f.size("output", 1, null));
            case "dense" -> dense(f);
            case "flatten" -> new FlattenSpec();
            case "batchnorm" -> new BatchNormSpec(f.number("eps", BatchNormSpec.DEFAULT_EPSILON));
            case "lrn" -> new LrnSpec(f.intAtLeast("size", 1, 5), f.number("alpha", 1e-4), f.number("beta", 0.75),
                    f.number("k", 2));
            case "dropout" -> new DropoutSpec(f.number("rate", 0.5));
            case "concat" -> new ConcatSpec();
            case "add" -> new AddSpec();
            case "multiply" -> new MultiplySpec();
            case "leaky-relu" -> new LeakyReluSpec(f.number("slope", LeakyReluSpec.DEFAULT_SLOPE));
            case "conv-transpose2d" -> convTranspose(f);
            case "upsample" -> upsample(f);
            case "slice" -> new SliceSpec(f.intAtLeast("from", 0, 0), f.positiveInt("to"));
            case "channel-shuffle" -> new ChannelShuffleSpec(f.positiveInt("groups"));
            case "crop" -> new CropSpec(f.has("size") ? f.size("size", 1, null) : null);
            case "inception" -> inception(f);
            case "residual-stage" -> stage(f);
            case "bottleneck" -> new ResidualBlockSpec(ResidualBlockSpec.Kind.BOTTLENECK,
                    width(f, ResidualBlockSpec.Kind.BOTTLENECK), f.intAtLeast("stride", 1, 1),
                    f.bool("strideOn3x3", true), cardinality(f), BlockDecoder.residualSe(f));
            case "basic-block" -> new ResidualBlockSpec(ResidualBlockSpec.Kind.BASIC, f.positiveInt("width"),
                    f.intAtLeast("stride", 1, 1), true, Cardinality.STANDARD, BlockDecoder.residualSe(f));
            case "repeat" -> repeat(f, dto, path);
            case "separable", "squeeze-excitation", "inverted-residual", "dense-block", "transition" ->
                    BlockDecoder.decode(type, f);
            case "csp-stage" -> CspStageFields.read(f);
            case InvertedResidualStageFields.TYPE -> InvertedResidualStageFields.read(f);
            case "fcn-head" -> new FcnHeadSpec(f.positiveInt("filters"));
            default -> throw f.error(Messages.text("io.layer.unknownType", type));
        };
    }

    private static Conv2dSpec conv(JsonFields f) throws ModelFileException {
        return new Conv2dSpec(f.positiveInt("filters"), f.size("kernel", 1, null), f.size("stride", 1, Size2d.ONE),
                padding(f), f.size("dilation", 1, Size2d.ONE), f.intAtLeast("groups", 1, 1), f.bool("bias", true));
    }

    private static ConvTranspose2dSpec convTranspose(JsonFields f) throws ModelFileException {
        return new ConvTranspose2dSpec(f.positiveInt("filters"), f.size("kernel", 1, null),
                f.size("stride", 1, Size2d.ONE), f.size("padding", 0, Size2d.ZERO),
                f.size("outputPadding", 0, Size2d.ZERO), f.size("dilation", 1, Size2d.ONE),
                f.intAtLeast("groups", 1, 1), f.bool("bias", true));
    }

    private static UpsampleSpec upsample(JsonFields f) throws ModelFileException {
        String mode = f.has("mode") ? f.word("mode") : UpsampleSpec.Mode.NEAREST.id();
        UpsampleSpec.Mode parsed = switch (mode) {
            case "nearest" -> UpsampleSpec.Mode.NEAREST;
            case "bilinear" -> UpsampleSpec.Mode.BILINEAR;
            default -> throw f.invalid("mode", Messages.text("io.expect.either", "\"nearest\"", "\"bilinear\""),
                    f.raw("mode"));
        };
        Size2d scale = f.has("scale") ? f.size("scale", 1, null) : null;
        Size2d size = f.has("size") ? f.size("size", 1, null) : null;
        return new UpsampleSpec(scale, size, parsed, f.bool("alignCorners", false));
    }

    private static Padding padding(JsonFields f) throws ModelFileException {
        JsonNode raw = f.raw("padding");
        if (raw != null && raw.isTextual()) {
            if (raw.asText().equals("same")) {
                return Padding.SAME;
            }
            throw f.error(Messages.text("io.layer.padding", raw));
        }
        return new Padding(f.size("padding", 0, Size2d.ZERO), false);
    }

    private static PoolSpec pool(String type, JsonFields f) throws ModelFileException {
        Size2d kernel = f.size("kernel", 1, null);
        return new PoolSpec(type.equals("maxpool") ? PoolSpec.Kind.MAX : PoolSpec.Kind.AVG, kernel,
                f.size("stride", 1, kernel), f.size("padding", 0, Size2d.ZERO), f.bool("ceil", false));
    }

    private static DenseSpec dense(JsonFields f) throws ModelFileException {
        JsonNode units = f.raw("units");
        int inFeatures = f.intAtLeast("inFeatures", 1, 0);
        if (units != null && units.isTextual() && units.asText().equals("classes")) {
            return new DenseSpec(DenseSpec.CLASSES, f.bool("bias", true), inFeatures);
        }
        if (units != null && units.isTextual()) {
            throw f.error(Messages.text("io.layer.units", units));
        }
        return new DenseSpec(f.positiveInt("units"), f.bool("bias", true), inFeatures);
    }

    private static InceptionSpec inception(JsonFields f) throws ModelFileException {
        return new InceptionSpec(f.positiveInt("c1"), f.positiveInt("c3reduce"), f.positiveInt("c3"),
                f.positiveInt("c5reduce"), f.positiveInt("c5"), f.positiveInt("poolProj"),
                f.intAtLeast("c5Kernel", 1, 5), f.bool("batchNorm", false));
    }

    private static ResidualStageSpec stage(JsonFields f) throws ModelFileException {
        String block = f.has("block") ? f.word("block") : "bottleneck";
        ResidualBlockSpec.Kind kind = switch (block) {
            case "bottleneck" -> ResidualBlockSpec.Kind.BOTTLENECK;
            case "basic" -> ResidualBlockSpec.Kind.BASIC;
            default -> throw f.error(Messages.text("io.json.mustBe", "block",
                    Messages.text("io.expect.either", "\"bottleneck\"", "\"basic\""), "\"" + block + "\""));
        };
        return new ResidualStageSpec(kind, f.positiveInt("blocks"), width(f, kind),
                f.intAtLeast("stride", 1, 1), f.bool("strideOn3x3", true), cardinality(f), BlockDecoder.residualSe(f));
    }

    /** ResNeXt's {@code groups} and {@code widthPerGroup} (defaults 1 and 64: a ResNet bottleneck). */
    private static Cardinality cardinality(JsonFields f) throws ModelFileException {
        return new Cardinality(f.intAtLeast("groups", 1, 1), f.intAtLeast("widthPerGroup", 1, Cardinality.BASE_WIDTH));
    }

    /** A residual block's width: its output, {@code expansion x width} channels, must be a count too. */
    private static int width(JsonFields f, ResidualBlockSpec.Kind kind) throws ModelFileException {
        int width = f.positiveInt("width");
        int maximum = Integer.MAX_VALUE / kind.expansion();
        if (width > maximum) {
            throw f.invalid("width", Messages.text("io.layer.width", maximum, kind.id(), kind.expansion()),
                    f.raw("width"));
        }
        return width;
    }

    private RepeatSpec repeat(JsonFields f, LayerDto dto, String path) throws ModelFileException {
        JsonNode layers = f.raw("layers");
        if (layers == null || !layers.isArray() || layers.isEmpty()) {
            throw f.error(Messages.text("io.layer.repeatLayers"));
        }
        List<NodeSpec> body = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            if (!(layers.get(i) instanceof com.fasterxml.jackson.databind.node.ObjectNode object)) {
                throw f.error(Messages.text("io.layer.repeatLayer", i));
            }
            body.add(node(new LayerDto(object, dto.line(), dto.column()), path + ".layers[" + i + "]"));
        }
        int times = f.positiveInt("times");
        String prefix = f.has("copyPrefix") ? f.word("copyPrefix") : "";
        if (prefix.contains(".")) {
            throw f.invalid("copyPrefix", Messages.text("io.layer.copyPrefix"), f.raw("copyPrefix"));
        }
        int first = f.intInRange("firstIndex", 0, Integer.MAX_VALUE - (times - 1), 0);
        return new RepeatSpec(times, body, prefix, first);
    }
}
