package org.cnnexplorer.io.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.cnnexplorer.core.LayerSpec;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Printable;
import org.cnnexplorer.io.SyncedFiles;

/** Reads and writes JSON model files (format 1, see docs/model-format.md). */
public final class ModelFiles {

    /** The format version this code reads and writes. */
    public static final int FORMAT = 1;

    /**
     * Strict: unknown fields, duplicate keys, "1" for 1 (or 5 for "5"), 1.0 for 1 and anything after
     * the closing brace are errors, not guesses. Decimals are read as BigDecimal, so 1e400 stays
     * 1e400 (and is refused as not finite) instead of silently becoming infinity.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private ModelFiles() {
    }

    /** Reads a model file of at most {@link ModelFileText#MAX_BYTES} bytes of UTF-8. */
    public static NetworkSpec read(Path file) throws ModelFileException {
        return parse(ModelFileText.read(file), Printable.of(file.toString()));
    }

    /** Parses model-file text; {@code fileName} appears in error messages. */
    public static NetworkSpec parse(String json, String fileName) throws ModelFileException {
        if (json.isBlank()) {
            throw new ModelFileException(Messages.text("io.model.empty", fileName));
        }
        if (looksLikeKeras(json)) {
            return KerasModelReader.read(json, fileName);
        }
        ModelFileDto dto;
        try {
            dto = MAPPER.readValue(json, ModelFileDto.class);
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e, fileName, endOfFirstValue(json));
        }
        return new ModelFileMapper(fileName).toSpec(dto);
    }

    /** The {@code family} and {@code year} of model-file text that {@link #parse} accepts. */
    static CatalogPlace place(String json, String fileName) throws ModelFileException {
        try {
            return new ModelFileMapper(fileName).place(MAPPER.readValue(json, ModelFileDto.class));
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e, fileName, endOfFirstValue(json));
        }
    }

    /** The character offset just after the first JSON value, or {@code Long.MAX_VALUE} when it is malformed. */
    static long endOfFirstValue(String json) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            if (parser.nextToken() == null) {
                return Long.MAX_VALUE;
            }
            parser.skipChildren();
            return parser.currentLocation().getCharOffset();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A Keras {@code model.to_json()} file: a model class name and a config at the top. */
    private static boolean looksLikeKeras(String json) {
        if (!json.contains("\"class_name\"")) {
            return false;
        }
        try {
            return KerasModelReader.isKeras(new ObjectMapper().readTree(json));
        } catch (JsonProcessingException e) {
            return false; // the strict reader below says what is wrong
        }
    }

    public static void write(NetworkSpec spec, Path file) throws IOException {
        SyncedFiles.write(file, toJson(spec).getBytes(StandardCharsets.UTF_8));
    }

    /** The model file text: top-level fields one per line, each layer on a line of its own. */
    public static String toJson(NetworkSpec spec) {
        StringBuilder out = new StringBuilder("{\n");
        field(out, "format", FORMAT);
        field(out, "id", spec.id());
        field(out, "name", spec.name());
        field(out, "variant", spec.variant());
        field(out, "source", spec.source());
        field(out, "input", spec.input().toString());
        field(out, "classes", spec.classes());
        Object training = TrainingRecipeFields.write(spec.training());
        if (training != null) {
            field(out, "training", training);
        }
        out.append("  \"layers\": [\n");
        for (int i = 0; i < spec.nodes().size(); i++) {
            NodeSpec node = spec.nodes().get(i);
            out.append("    ").append(compact(LayerEncoder.node(node)))
                    .append(i + 1 < spec.nodes().size() ? ",\n" : "\n");
        }
        out.append("  ]");
        overrides(out, spec.overrides());
        return out.append("\n}\n").toString();
    }

    private static void overrides(StringBuilder out, Map<String, LayerSpec> overrides) {
        if (overrides.isEmpty()) {
            return;
        }
        out.append(",\n  \"overrides\": {\n");
        String separator = "";
        for (Map.Entry<String, LayerSpec> entry : new java.util.TreeMap<>(overrides).entrySet()) {
            out.append(separator).append("    ").append(compact(entry.getKey())).append(": ")
                    .append(compact(LayerEncoder.element(entry.getValue())));
            separator = ",\n";
        }
        out.append("\n  }");
    }

    private static void field(StringBuilder out, String key, Object value) {
        out.append("  ").append(compact(key)).append(": ").append(compact(value)).append(",\n");
    }

    private static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
