package org.cnnexplorer.io.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Printable;

/**
 * One layer entry of a model file as written: its fields, and where in the file it starts so
 * that errors found while mapping it can give a line and column.
 */
@JsonDeserialize(using = LayerDto.Reader.class)
record LayerDto(ObjectNode fields, int line, int column) {

    /** Keeps the location of the opening brace while reading the fields as a tree. */
    static final class Reader extends JsonDeserializer<LayerDto> {
        @Override
        public LayerDto deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonLocation start = parser.currentTokenLocation();
            JsonNode node = context.readTree(parser);
            if (!(node instanceof ObjectNode object)) {
                throw MismatchedInputException.from(parser, LayerDto.class,
                        Messages.text("io.layer.object", Printable.of(node.toString())));
            }
            return new LayerDto(object, start.getLineNr(), start.getColumnNr());
        }

        /** A {@code null} entry (Jackson asks here instead of calling deserialize). */
        @Override
        public LayerDto getNullValue(DeserializationContext context) throws JsonMappingException {
            throw MismatchedInputException.from(context.getParser(), LayerDto.class,
                    Messages.text("io.layer.object", "null"));
        }
    }
}
