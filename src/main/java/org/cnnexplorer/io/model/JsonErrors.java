package org.cnnexplorer.io.model;

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
import org.cnnexplorer.i18n.Messages;

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
            return new ModelFileException(fileName + at + ": " + Messages.text("io.json.afterModel"), e);
        }
        String path = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? " " + jsonPath(m) + ":" : "";
        return new ModelFileException(fileName + at + ":" + path + " " + describe(e), e);
    }

    private static String describe(JsonProcessingException e) {
        if (rootCause(e) instanceof InputCoercionException tooBig) {
            Matcher value = NUMBER.matcher(firstLine(tooBig.getOriginalMessage()));
            String found = value.find() ? value.group(1) : Messages.text("io.json.outOfRange");
            String expected = found.startsWith("-") ? Messages.text("io.expect.intAtLeast", Integer.MIN_VALUE)
                    : Messages.text("io.expect.intAtMost", Integer.MAX_VALUE);
            return Messages.text("io.json.expected", expected, found);
        }
        if (e instanceof MismatchedInputException m && firstLine(m.getOriginalMessage()).startsWith("Trailing token")) {
            return Messages.text("io.json.afterModel");
        }
        if (isMalformed(e)) {
            String first = firstLine(rootCause(e).getOriginalMessage());
            return Messages.text("io.json.malformed", START_MARKER.matcher(SOURCE_NOTE.matcher(first).replaceAll(""))
                    .replaceAll(Messages.text("io.json.openedAt", "$1", "$2")));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return Messages.text("io.json.unknownHere", u.getPropertyName(), String.join(", ", known(u)),
                    FieldNames.suggestion(u.getPropertyName(), known(u)));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() == LayerDto.class) {
            return firstLine(m.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String found = found(m.getOriginalMessage());
            return found.isEmpty() ? Messages.text("io.json.expectedOnly", expected(m.getTargetType()))
                    : Messages.text("io.json.expected", expected(m.getTargetType()), found);
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
            return Messages.text("io.expect.int");
        }
        if (type == String.class) {
            return Messages.text("io.expect.string");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Messages.text("io.expect.listBrackets");
        }
        if (Map.class.isAssignableFrom(type)) {
            return Messages.text("io.expect.objectBraces");
        }
        return Messages.text(type == ModelFileDto.class ? "io.expect.modelObject" : "io.expect.jsonObject");
    }

    private static String found(String message) {
        Matcher m = FOUND.matcher(message == null ? "" : message);
        if (!m.find()) {
            return "";
        }
        if (m.group(2) != null) {
            return m.group(2);
        }
        String what = m.group(1);
        if (what.startsWith("String ")) {
            return what.substring("String ".length());
        }
        String kind = what.replace(" value", "").toLowerCase();
        return Messages.text("aeiou".indexOf(kind.charAt(0)) >= 0 ? "io.json.foundAn" : "io.json.foundA", kind);
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
