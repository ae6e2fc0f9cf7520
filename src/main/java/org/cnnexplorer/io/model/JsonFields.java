package org.cnnexplorer.io.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Printable;

/**
 * Typed, checked access to the fields of one JSON object, the one way model files and saved runs read fields.
 * Integers must be exact integers in range (no 1.0, no 4294967299), numbers finite, strings
 * strings. Every error names the file and the JSON path: a plain object puts the field in the
 * path ({@code run.json: $.settings.epochs: expected an integer, got "x"}); a layer entry gives
 * where it starts and its name, and quotes the field ({@code net.json:2:3: $.layers[0] "a":
 * 'filters' must be an integer of at least 1, got "64"}).
 */
public final class JsonFields {

    private final JsonNode node;
    private final String file;
    private final String path;
    private final String at;
    private final String label;

    public JsonFields(JsonNode node, String file, String path) {
        this(node, file, path, "", null);
    }

    private JsonFields(JsonNode node, String file, String path, String at, String label) {
        this.node = node;
        this.file = file;
        this.path = path;
        this.at = at;
        this.label = label;
    }

    /** A layer entry starting at {@code line:column}; errors carry its name when it has one. */
    static JsonFields entry(JsonNode node, String file, String path, int line, int column) {
        String name = node.path("name").isTextual() ? " \"" + Printable.of(node.get("name").asText()) + "\"" : "";
        return new JsonFields(node, file, path, line > 0 ? ":" + line + ":" + column : "", name);
    }

    /** The field's node, or null when absent. */
    public JsonNode raw(String key) {
        return node.get(key);
    }

    public boolean has(String key) {
        return node.hasNonNull(key);
    }

    /** Fields of a nested node, e.g. an element of a list, at {@code path + suffix}. */
    public JsonFields child(JsonNode nested, String suffix) {
        return new JsonFields(nested, file, path + suffix);
    }

    /** An error about the object as a whole. */
    public ModelFileException error(String what) {
        return new ModelFileException(file + at + ": " + path + (label == null ? "" : label) + ": " + what);
    }

    /** An error about one field ({@code key} empty: the object). */
    public ModelFileException error(String key, String what) {
        return key.isEmpty() || label != null ? error(what)
                : new ModelFileException(file + at + ": " + path + "." + key + ": " + what);
    }

    /** A field whose value is not what it must be: says what was expected and what was found. */
    public ModelFileException invalid(String key, String expected, JsonNode value) {
        String found = value == null ? Messages.text("io.json.nothing") : Printable.of(value.toString());
        return label != null ? error(Messages.text("io.json.mustBe", key, expected, found))
                : error(key, Messages.text("io.json.expected", expected, found));
    }

    public JsonNode node(String key) throws ModelFileException {
        return node(key, null);
    }

    private JsonNode node(String key, String hint) throws ModelFileException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw error(key, missing(key, hint));
        }
        return value;
    }

    /** "missing field 'key'", with what it should hold in brackets when {@code hint} is given. */
    public static String missing(String key, String hint) {
        return hint == null ? Messages.text("io.json.missing", key) : Messages.text("io.json.missingHint", key, hint);
    }

    public String text(String key) throws ModelFileException {
        JsonNode value = node(key);
        if (!value.isTextual()) {
            throw invalid(key, Messages.text("io.expect.string"), value);
        }
        return value.asText();
    }

    public String optionalText(String key) throws ModelFileException {
        return has(key) ? text(key) : null;
    }

    /** A string with something in it and no control characters (a name, a type). */
    String word(String key) throws ModelFileException {
        JsonNode value = node(key);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw invalid(key, Messages.text("io.expect.nonEmpty"), value);
        }
        return printable(key, value);
    }

    /** Any integer that fits in an {@code int}. */
    public int integer(String key) throws ModelFileException {
        return integer(key, node(key), Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A required integer of at least 1. */
    public int positiveInt(String key) throws ModelFileException {
        return integer(key, node(key, Messages.text("io.expect.positiveInt")), 1, Integer.MAX_VALUE);
    }

    public int intAtLeast(String key, int minimum, int fallback) throws ModelFileException {
        return intInRange(key, minimum, Integer.MAX_VALUE, fallback);
    }

    int intInRange(String key, int minimum, int maximum, int fallback) throws ModelFileException {
        return has(key) ? integer(key, node.get(key), minimum, maximum) : fallback;
    }

    private int integer(String key, JsonNode value, int minimum, int maximum) throws ModelFileException {
        if (!isInt(value, minimum, maximum)) {
            throw invalid(key, intRange(value, minimum, maximum), value);
        }
        return value.intValue();
    }

    /** A required finite number. */
    public double number(String key) throws ModelFileException {
        JsonNode value = node(key);
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw invalid(key, Messages.text(value.isNumber() ? "io.expect.finite" : "io.expect.number"), value);
        }
        return value.doubleValue();
    }

    public double number(String key, double fallback) throws ModelFileException {
        return has(key) ? number(key) : fallback;
    }

    boolean bool(String key, boolean fallback) throws ModelFileException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw invalid(key, Messages.text("io.expect.bool"), value);
        }
        return value.asBoolean();
    }

    /** A size written as {@code 3} or {@code [height, width]}, each at least {@code minimum}. */
    Size2d size(String key, int minimum, Size2d fallback) throws ModelFileException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (fallback == null) {
                throw error(key, missing(key, Messages.text("io.expect.intOrPair")));
            }
            return fallback;
        }
        if (isInt(value, minimum, Integer.MAX_VALUE)) {
            return Size2d.square(value.intValue());
        }
        if (value.isArray() && value.size() == 2 && isInt(value.get(0), minimum, Integer.MAX_VALUE)
                && isInt(value.get(1), minimum, Integer.MAX_VALUE)) {
            return new Size2d(value.get(0).intValue(), value.get(1).intValue());
        }
        JsonNode culprit = value.isArray() && value.size() == 2 ? worst(value, minimum) : value;
        throw invalid(key, Messages.text("io.expect.orPair", intRange(culprit, minimum, Integer.MAX_VALUE)), value);
    }

    public JsonNode array(String key) throws ModelFileException {
        JsonNode value = node(key);
        if (!value.isArray()) {
            throw invalid(key, Messages.text("io.expect.list"), value);
        }
        return value;
    }

    public JsonFields object(String key) throws ModelFileException {
        JsonNode value = node(key);
        if (!value.isObject()) {
            throw invalid(key, Messages.text("io.expect.object"), value);
        }
        return new JsonFields(value, file, path + "." + key);
    }

    /** A list of names (strings without control characters); empty when absent. */
    List<String> names(String key) throws ModelFileException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw invalid(key, Messages.text("io.expect.names"), value);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw invalid(key, Messages.text("io.expect.names"), value);
            }
            names.add(printable(key, item));
        }
        return names;
    }

    /** Rejects fields not in {@code known}, listing them and suggesting the closest. */
    void allowOnly(Set<String> known, String context) throws ModelFileException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                throw error(field, Messages.text("io.json.unknownField", Printable.of(field), context,
                        String.join(", ", new TreeSet<>(known)), FieldNames.suggestion(field, known)));
            }
        }
    }

    private String printable(String key, JsonNode text) throws ModelFileException {
        if (!Printable.isPlain(text.asText())) {
            throw invalid(key, Messages.text("io.expect.plain"), text);
        }
        return text.asText();
    }

    /** An exact integer (not 1.0) in the range; Jackson keeps 2^63 and 1e400 exact, so nothing wraps. */
    public static boolean isInt(JsonNode value, long minimum, long maximum) {
        return value != null && value.isIntegralNumber() && value.canConvertToLong()
                && value.longValue() >= minimum && value.longValue() <= maximum;
    }

    private static String intRange(JsonNode value, long minimum, long maximum) {
        boolean tooBig = value != null && value.isIntegralNumber()
                && (!value.canConvertToLong() ? value.bigIntegerValue().signum() > 0 : value.longValue() > maximum);
        if (tooBig) {
            return Messages.text("io.expect.intAtMost", maximum);
        }
        return minimum == Integer.MIN_VALUE ? Messages.text("io.expect.int")
                : Messages.text("io.expect.intAtLeast", minimum);
    }

    private static JsonNode worst(JsonNode pair, int minimum) {
        return isInt(pair.get(0), minimum, Integer.MAX_VALUE) ? pair.get(1) : pair.get(0);
    }
}
