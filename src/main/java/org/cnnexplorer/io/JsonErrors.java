package org.cnnexplorer.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's exceptions into one-line messages for users:
 * {@code file:line:column: $.json.path: what was found and what was expected}, without class names.
 */
final class JsonErrors {

    private static final Pattern FOUND = Pattern.compile("from (String \"[^\"]*\"|[A-Z][a-z]+ value)"
            + "|[A-Za-z-]+ value \\((.*?)\\) to");
    private static final Pattern NUMBER = Pattern.compile("\\((-?[0-9]+)\\)");
    private static final Pattern START_MARKER = Pattern.compile(
            "\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*\\(for \\w+ starting at \\[Source: [^\\]]*\\]\\)");

    private static final String AFTER_THE_MODEL =
            "unexpected content after the end of the model object; a model file holds one JSON object";

    private JsonErrors() {
    }

    static ModelFileException translate(JsonProcessingException e, String fileName) {
        return translate(e, fileName, Long.MAX_VALUE);
    }

    /**
     * As {@link #translate(JsonProcessingException, String)}; {@code endOfModel} is the character offset
     * just after the model object's closing brace, so that malformed text after it ("} ]", "} x") is
     * called what it is instead of a complaint about the object.
     */
    static ModelFileException translate(JsonProcessingException e, String fileName, long endOfModel) {
        JsonLocation where = e.getLocation();
        String at = where == null || where.getLineNr() < 1 ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr();
        if (isMalformed(e) && where != null && where.getCharOffset() >= endOfModel) {
            return new ModelFileException(fileName + at + ": " + AFTER_THE_MODEL, e);
        }
        String path = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? " " + jsonPath(m) + ":" : "";
        return new ModelFileException(fileName + at + ":" + path + " " + describe(e), e);
    }

    private static String describe(JsonProcessingException e) {
        if (rootCause(e) instanceof InputCoercionException tooBig) {
            Matcher value = NUMBER.matcher(firstLine(tooBig.getOriginalMessage()));
            String found = value.find() ? value.group(1) : "a number out of range";
            return "expected an integer of " + (found.startsWith("-") ? "at least " + Integer.MIN_VALUE
                    : "at most " + Integer.MAX_VALUE) + ", got " + found;
        }
        if (e instanceof MismatchedInputException m && firstLine(m.getOriginalMessage()).startsWith("Trailing token")) {
            return AFTER_THE_MODEL;
        }
        if (isMalformed(e)) {
            String first = firstLine(rootCause(e).getOriginalMessage());
            return "malformed JSON: " + START_MARKER.matcher(SOURCE_NOTE.matcher(first).replaceAll(""))
                    .replaceAll("(opened at line $1, column $2)");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'; known fields here: " + String.join(", ", known(u))
                    + FieldNames.suggestion(u.getPropertyName(), known(u));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() == LayerDto.class) {
            return firstLine(m.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + expected(m.getTargetType()) + found(m.getOriginalMessage());
        }
        return firstLine(e.getOriginalMessage()).replaceAll(" \\(class .*", "");
    }

    private static boolean isMalformed(JsonProcessingException e) {
        return rootCause(e) instanceof StreamReadException && !(rootCause(e) instanceof MismatchedInputException);
    }

    private static JsonProcessingException rootCause(JsonProcessingException e) {
        JsonProcessingException current = e;
        while (current.getCause() instanceof JsonProcessingException cause && cause != current) {
            current = cause;
        }
        return current;
    }

    private static String expected(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type == int.class) {
            return "an integer";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object {...}";
        }
        return type == ModelFileDto.class ? "a model object {\"format\": 1, \"id\": ..., \"layers\": [...]}"
                : "a JSON object";
    }

    private static String found(String message) {
        Matcher m = FOUND.matcher(message == null ? "" : message);
        if (!m.find()) {
            return "";
        }
        if (m.group(2) != null) {
            return ", got " + m.group(2);
        }
        String what = m.group(1);
        if (what.startsWith("String ")) {
            return ", got " + what.substring("String ".length());
        }
        String kind = what.replace(" value", "").toLowerCase();
        return ", got " + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private static TreeSet<String> known(UnrecognizedPropertyException e) {
        Collection<Object> ids = e.getKnownPropertyIds();
        return new TreeSet<>(ids == null ? List.of() : ids.stream().map(String::valueOf).toList());
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            path.append(ref.getIndex() >= 0 ? "[" + ref.getIndex() + "]" : "." + ref.getFieldName());
        }
        return path.toString();
    }
}
