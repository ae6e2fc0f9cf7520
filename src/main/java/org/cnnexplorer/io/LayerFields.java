package org.cnnexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cnnexplorer.core.Size2d;

/** Typed, checked access to one layer entry's fields, with errors that say where and what. */
final class LayerFields {

    private final ObjectNode node;
    private final String location;

    LayerFields(ObjectNode node, String file, String path, int line, int column) {
        this.node = node;
        String name = node.path("name").isTextual() ? " \"" + node.get("name").asText() + "\"" : "";
        this.location = file + ":" + line + ":" + column + ": $." + path + name;
    }

    ModelFileException error(String what) {
        return new ModelFileException(location + ": " + what);
    }

    boolean has(String key) {
        return node.hasNonNull(key);
    }

    JsonNode raw(String key) {
        return node.get(key);
    }

    String text(String key) throws ModelFileException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw error("missing field '" + key + "'");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw error("'" + key + "' must be a non-empty string, got " + value);
        }
        return value.asText();
    }

    int positiveInt(String key) throws ModelFileException {
        if (!has(key)) {
            throw error("missing field '" + key + "' (a positive integer)");
        }
        return intAtLeast(key, 1, 0);
    }

    int intAtLeast(String key, int minimum, int fallback) throws ModelFileException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < minimum) {
            throw error("'" + key + "' must be an integer of at least " + minimum + ", got " + value);
        }
        return value.asInt();
    }

    double number(String key, double fallback) throws ModelFileException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw error("'" + key + "' must be a number, got " + value);
        }
        return value.asDouble();
    }

    boolean bool(String key, boolean fallback) throws ModelFileException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw error("'" + key + "' must be true or false, got " + value);
        }
        return value.asBoolean();
    }

    /** A size written as {@code 3} or {@code [height, width]}. */
    Size2d size(String key, int minimum, Size2d fallback) throws ModelFileException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (fallback == null) {
                throw error("missing field '" + key + "' (an integer or [height, width])");
            }
            return fallback;
        }
        if (value.isIntegralNumber() && value.asInt() >= minimum) {
            return Size2d.square(value.asInt());
        }
        if (value.isArray() && value.size() == 2 && value.get(0).isIntegralNumber()
                && value.get(1).isIntegralNumber() && value.get(0).asInt() >= minimum
                && value.get(1).asInt() >= minimum) {
            return new Size2d(value.get(0).asInt(), value.get(1).asInt());
        }
        throw error("'" + key + "' must be an integer of at least " + minimum
                + " or [height, width], got " + value);
    }

    List<String> names(String key) throws ModelFileException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error("'" + key + "' must be a list of layer names, got " + value);
        }
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw error("'" + key + "' must be a list of layer names, got " + value);
            }
            names.add(item.asText());
        }
        return names;
    }

    /** Rejects fields the type does not know, suggesting the closest known one. */
    void allowOnly(String type, Set<String> known) throws ModelFileException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                throw error("unknown field '" + field + "' for type " + type + "; known fields: "
                        + String.join(", ", new TreeSet<>(known)) + suggestion(field, known));
            }
        }
    }

    private static String suggestion(String field, Set<String> known) {
        return known.stream().filter(k -> k.startsWith(field) || field.startsWith(k)
                        || k.equalsIgnoreCase(field))
                .findFirst().map(k -> " (did you mean '" + k + "'?)").orElse("");
    }
}
