package org.cnnexplorer.io.report;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.cnnexplorer.io.Printable;

/**
 * Pretty JSON for reports, with every {@link Printable} character escaped: Jackson escapes the
 * C0 controls itself, this adds DEL, the C1 controls (an 8-bit escape sequence) and bidi
 * overrides, so that printing the JSON on a terminal shows the names as text.
 */
final class SafeJson {

    private static final ObjectWriter WRITER = JsonMapper.builder(new JsonFactoryBuilder()
            .characterEscapes(new Escapes()).build()).build().writerWithDefaultPrettyPrinter();

    private SafeJson() {
    }

    static String pretty(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static final class Escapes extends CharacterEscapes {

        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return Printable.isUnsafe(c) ? new SerializedString(String.format("\\u%04X", c)) : null;
        }
    }
}
