package org.cnnexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed access to the fields of one JSON object, with errors naming the file and JSON path. */
final class JsonFields {

    private final JsonNode node;
    private final String file;
    private final String path;

    JsonFields(JsonNode node, String file, String path) {
        this.node = node;
        this.file = file;
        this.path = path;
    }

    /** The field's node, or null when absent. */
    JsonNode raw(String key) {
        return node.get(key);
    }

    /** Fields of a nested node, e.g. an element of a list, at {@code path + suffix}. */
    JsonFields child(JsonNode nested, String suffix) {
        return new JsonFields(nested, file, path + suffix);
    }

    JsonNode node(String key) throws ModelFileException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw error(key, "missing field '" + key + "'");
        }
        return value;
    }

    String text(String key) throws ModelFileException {
        JsonNode value = node(key);
        if (!value.isTextual()) {
            throw error(key, "expected a string, got " + value);
        }
        return value.asText();
    }

    String optionalText(String key) throws ModelFileException {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : text(key);
    }

    int integer(String key) throws ModelFileException {
        JsonNode value = node(key);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw error(key, "expected an integer, got " + value);
        }
        return value.asInt();
    }

    double number(String key) throws ModelFileException {
        JsonNode value = node(key);
        if (!value.isNumber()) {
            throw error(key, "expected a number, got " + value);
        }
        return value.asDouble();
    }

    JsonNode array(String key) throws ModelFileException {
        JsonNode value = node(key);
        if (!value.isArray()) {
            throw error(key, "expected a list, got " + value.getNodeType().toString().toLowerCase());
        }
        return value;
    }

    JsonFields object(String key) throws ModelFileException {
        JsonNode value = node(key);
        if (!value.isObject()) {
            throw error(key, "expected an object, got " + value.getNodeType().toString().toLowerCase());
        }
        return new JsonFields(value, file, path + "." + key);
    }

    ModelFileException error(String key, String message) {
        return new ModelFileException(file + ": " + path + (key.isEmpty() ? "" : "." + key) + ": " + message);
    }
}
