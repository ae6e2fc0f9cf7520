package org.cnnexplorer.io.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.AddSpec;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.ConcatSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.DropoutSpec;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.FlattenSpec;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Padding;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.i18n.Messages;

/**
 * Reads a Keras architecture file ({@code model.to_json()}: a Sequential or functional model, tf.keras
 * 2 or Keras 3) into a network spec; weights are not part of such a file. Layers keep their Keras
 * names; an activation given inside a layer becomes a layer of its own named {@code NAME.ACTIVATION}.
 * Channels-last shapes ({@code H x W x C}) become the core's {@code C x H x W}; the counts are the
 * same. See docs/model-format.md, section Keras.
 */
final class KerasModelReader {

    private static final Set<String> MODELS = Set.of("Sequential", "Functional", "Model");

    private final String file;
    private final List<NodeSpec> nodes = new ArrayList<>();
    private final Map<String, String> outputs = new HashMap<>();
    private final Set<String> names = new HashSet<>(Set.of(NetworkAnalyzer.INPUT));
    private Shape input;
    private String last = NetworkAnalyzer.INPUT;

    private KerasModelReader(String file) {
        this.file = file;
    }

    /** True when the parsed JSON looks like a Keras model: a model class name and a config. */
    static boolean isKeras(JsonNode root) {
        return root != null && root.isObject() && root.has("config") && root.path("class_name").isTextual()
                && MODELS.contains(root.path("class_name").asText());
    }

    /** Reads the model, or the first thing wrong with it in one line naming the file and the JSON path. */
    static NetworkSpec read(String json, String file) throws ModelFileException {
        JsonNode root;
        try {
            root = ModelFiles.MAPPER.readTree(json); // strict: duplicate keys and text after the model are errors
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e, file, ModelFiles.endOfFirstValue(json));
        }
        return new KerasModelReader(file).toSpec(root);
    }

    private NetworkSpec toSpec(JsonNode root) throws ModelFileException {
        JsonNode config = root.path("config");
        JsonNode layers = config.path("layers");
        if (!layers.isArray() || layers.isEmpty()) {
            throw error("$.config.layers", Messages.text("io.keras.noLayers"));
        }
        boolean sequential = "Sequential".equals(root.path("class_name").asText());
        for (int i = 0; i < layers.size(); i++) {
            layer(layers.get(i), "$.config.layers[" + i + "]", sequential, i == 0 ? config : null);
        }
        if (input == null) {
            throw error("$.config.layers[0]", Messages.text("io.keras.noInput"));
        }
        if (nodes.isEmpty()) {
            throw error("$.config.layers", Messages.text("io.keras.nothingToShow"));
        }
        int classes = ImportedNetworks.lastDenseUnits(nodes);
        String name = config.path("name").asText(file);
        String variant = "Keras " + root.path("keras_version").asText("model").trim() + " architecture (channels last)";
        return new NetworkSpec(ImportedNetworks.id(file, ".json", "keras-model"), name, variant, file, input, classes,
                ImportedNetworks.withClassifier(nodes, classes));
    }

    private void layer(JsonNode layer, String path, boolean sequential, JsonNode modelConfig)
            throws ModelFileException {
        if (!layer.isObject() || !layer.path("config").isObject()) {
            throw error(path, Messages.text("io.keras.layerObject", layer.isObject()
                    ? Messages.text("io.keras.layerConfig", layer.path("config")) : layer));
        }
        String kind = layer.path("class_name").asText("");
        JsonNode config = layer.path("config");
        String name = config.path("name").asText(layer.path("name").asText(""));
        if (name.isBlank()) {
            throw error(path, Messages.text("io.keras.noName"));
        }
        String where = path + " \"" + name + "\"";
        if (input == null) {
            readInputShape(config, where);
        }
        if ("InputLayer".equals(kind)) {
            outputs.put(name, NetworkAnalyzer.INPUT);
            return;
        }
        List<String> inputs = sequential ? List.of(last) : inbound(layer, where);
        try {
            mapLayer(kind, config, name, inputs, where);
        } catch (IllegalArgumentException e) {
            throw error(where, e.getMessage());
        }
    }

    private void mapLayer(String kind, JsonNode c, String name, List<String> inputs, String where)
            throws ModelFileException {
        switch (kind) {
            case "Conv2D" -> {
                channelsLast(c, where);
                Conv2dSpec conv = new Conv2dSpec(integer(c, "filters", where), pair(c, "kernel_size", where),
                        pair(c, "strides", where), padding(c, where), pair(c, "dilation_rate", where),
                        c.has("groups") ? integer(c, "groups", where) : 1, c.path("use_bias").asBoolean(true));
                add(name, conv, inputs, c, where);
            }
            case "Dense" -> add(name, new DenseSpec(integer(c, "units", where), c.path("use_bias").asBoolean(true), 0),
                    inputs, c, where);
            case "MaxPooling2D", "AveragePooling2D" -> {
                channelsLast(c, where);
                if (!"valid".equals(c.path("padding").asText("valid"))) {
                    throw error(where, Messages.text("io.keras.poolPadding", c.path("padding").asText()));
                }
                Size2d size = pair(c, "pool_size", where);
                Size2d stride = c.path("strides").isNull() || !c.has("strides") ? size : pair(c, "strides", where);
                add(name, new PoolSpec(kind.startsWith("Max") ? PoolSpec.Kind.MAX : PoolSpec.Kind.AVG, size, stride,
                        Size2d.ZERO, false), inputs, c, where);
            }
            case "GlobalAveragePooling2D" -> {
                add(name, AdaptiveAvgPoolSpec.global(), inputs, c, where);
                if (!c.path("keepdims").asBoolean(false)) {
                    add(name + ".flatten", new FlattenSpec(), List.of(name), null, where);
                    outputs.put(name, name + ".flatten");
                }
            }
            case "Flatten" -> add(name, new FlattenSpec(), inputs, c, where);
            case "BatchNormalization" -> {
                if (!c.path("center").asBoolean(true) || !c.path("scale").asBoolean(true)) {
                    throw error(where, Messages.text("io.keras.batchNorm"));
                }
                add(name, new BatchNormSpec(finite(c, "epsilon", 1e-3, where)), inputs, c, where);
            }
            case "Dropout" -> add(name, new DropoutSpec(finite(c, "rate", 0.5, where)), inputs, c, where);
            case "Activation" -> add(name, new ActivationSpec(activation(c.path("activation").asText(""), where)),
                    inputs, null, where);
            case "ReLU" -> {
                if (!c.path("max_value").isNull() && c.has("max_value")
                        || finite(c, "negative_slope", 0, where) != 0 || finite(c, "threshold", 0, where) != 0) {
                    throw error(where, Messages.text("io.keras.relu"));
                }
                add(name, new ActivationSpec(Activation.RELU), inputs, null, where);
            }
            case "Softmax" -> add(name, new ActivationSpec(Activation.SOFTMAX), inputs, null, where);
            case "Add" -> add(name, new AddSpec(), inputs, null, where);
            case "Concatenate" -> {
                JsonNode axisNode = c.path("axis");
                boolean isInt = axisNode.canConvertToExactIntegral() && axisNode.canConvertToInt();
                if (!axisNode.isMissingNode() && !isInt) {
                    throw error(where,
                            Messages.text("io.json.mustBe", "axis", Messages.text("io.expect.int"), axisNode));
                }
                int axis = axisNode.asInt(-1);
                if (axis != -1 && axis != 3) {
                    throw error(where, Messages.text("io.keras.axis", axis));
                }
                add(name, new ConcatSpec(), inputs, null, where);
            }
            default -> throw error(where, Messages.text("io.keras.class", kind));
        }
    }

    /** Adds the layer, and its activation (when the config names one other than linear) after it. */
    private void add(String name, ElementSpec element, List<String> inputs, JsonNode config, String where)
            throws ModelFileException {
        if (!names.add(name)) {
            throw error(where, Messages.text("io.keras.twice", name));
        }
        nodes.add(new NodeSpec(name, element, inputs, true));
        outputs.put(name, name);
        last = name;
        String function = config == null ? "linear" : config.path("activation").asText("linear");
        if (!"linear".equals(function)) {
            String activationName = name + "." + function;
            names.add(activationName);
            nodes.add(new NodeSpec(activationName, new ActivationSpec(activation(function, where)), List.of(name),
                    true));
            outputs.put(name, activationName);
            last = activationName;
        }
    }

    /** The producing layers of a functional model's layer (tf.keras 2 lists or Keras 3 call arguments). */
    private List<String> inbound(JsonNode layer, String where) throws ModelFileException {
        JsonNode inbound = layer.path("inbound_nodes");
        if (!inbound.isArray() || inbound.isEmpty()) {
            throw error(where, Messages.text("io.keras.noInbound"));
        }
        if (inbound.size() > 1) {
            throw error(where, Messages.text("io.keras.shared"));
        }
        List<String> sources = new ArrayList<>();
        collectSources(inbound.get(0), sources);
        List<String> inputs = new ArrayList<>();
        for (String source : sources) {
            String output = outputs.get(source);
            if (output == null) {
                throw error(where, Messages.text("io.keras.notBefore", source));
            }
            inputs.add(output);
        }
        if (inputs.isEmpty()) {
            throw error(where, Messages.text("io.keras.inboundEmpty"));
        }
        return inputs;
    }

    /** tf.keras 2: [[name, 0, 0, {}], ...]; Keras 3: {"args": [{"config": {"keras_history": [name, 0, 0]}}]}. */
    private static void collectSources(JsonNode node, List<String> sources) {
        if (node.isArray() && node.size() >= 3 && node.get(0).isTextual() && node.get(1).isNumber()) {
            sources.add(node.get(0).asText());
            return;
        }
        if (node.isObject() && node.has("keras_history")) {
            sources.add(node.get("keras_history").get(0).asText());
            return;
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collectSources(child, sources));
        }
    }

    private void readInputShape(JsonNode config, String where) throws ModelFileException {
        JsonNode shape = config.has("batch_input_shape") ? config.get("batch_input_shape")
                : config.has("batch_shape") ? config.get("batch_shape") : null;
        if (shape == null) {
            return;
        }
        if (!(shape instanceof ArrayNode array) || array.size() != 4) {
            throw error(where, Messages.text("io.keras.shape", shape));
        }
        int[] sizes = new int[3];
        for (int i = 1; i < 4; i++) {
            JsonNode dim = array.get(i);
            if (!dim.canConvertToExactIntegral() || !dim.canConvertToInt() || dim.asInt() < 1) {
                throw error(where, Messages.text("io.keras.shapeFixed", shape));
            }
            sizes[i - 1] = dim.asInt();
        }
        boolean channelsFirst = "channels_first".equals(config.path("data_format").asText(""));
        input = channelsFirst ? Shape.of(sizes[0], sizes[1], sizes[2]) : Shape.of(sizes[2], sizes[0], sizes[1]);
    }

    private void channelsLast(JsonNode config, String where) throws ModelFileException {
        String format = config.path("data_format").asText("channels_last");
        if (!"channels_last".equals(format)) {
            throw error(where, Messages.text("io.keras.dataFormat", format));
        }
    }

    private Padding padding(JsonNode config, String where) throws ModelFileException {
        String padding = config.path("padding").asText("valid");
        return switch (padding) {
            case "valid" -> Padding.NONE;
            case "same" -> Padding.SAME;
            default -> throw error(where, Messages.text("io.keras.padding", padding));
        };
    }

    private Activation activation(String function, String where) throws ModelFileException {
        return switch (function.toLowerCase(Locale.ROOT)) {
            case "relu" -> Activation.RELU;
            case "tanh" -> Activation.TANH;
            case "sigmoid" -> Activation.SIGMOID;
            case "softmax" -> Activation.SOFTMAX;
            default -> throw error(where, Messages.text("io.keras.activation", function));
        };
    }

    /** A number field, {@code fallback} when absent; a string, a boolean or 1e400 is refused, not guessed. */
    private double finite(JsonNode config, String field, double fallback, String where) throws ModelFileException {
        JsonNode value = config.path(field);
        if (value.isMissingNode()) {
            return fallback;
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw error(where, Messages.text("io.json.mustBe", field, Messages.text("io.expect.finite"), value));
        }
        return value.asDouble();
    }

    private int integer(JsonNode config, String field, String where) throws ModelFileException {
        JsonNode value = config.path(field);
        if (!value.canConvertToExactIntegral() || !value.canConvertToInt() || value.asInt() < 1) {
            throw error(where, Messages.text("io.json.mustBe", field, Messages.text("io.expect.positiveInt"), value));
        }
        return value.asInt();
    }

    private Size2d pair(JsonNode config, String field, String where) throws ModelFileException {
        JsonNode value = config.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Size2d.ONE;
        }
        if (value.canConvertToExactIntegral() && value.canConvertToInt() && value.asInt() >= 1) {
            return Size2d.square(value.asInt());
        }
        if (value.isArray() && value.size() == 2 && value.get(0).canConvertToInt() && value.get(1).canConvertToInt()
                && value.get(0).canConvertToExactIntegral() && value.get(1).canConvertToExactIntegral()
                && value.get(0).asInt() >= 1 && value.get(1).asInt() >= 1) {
            return new Size2d(value.get(0).asInt(), value.get(1).asInt());
        }
        throw error(where, Messages.text("io.json.mustBe", field, Messages.text("io.expect.oneOrTwo"), value));
    }

    private ModelFileException error(String path, String message) {
        return new ModelFileException(file + ": " + path + ": " + message);
    }
}
