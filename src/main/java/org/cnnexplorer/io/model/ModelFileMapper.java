package org.cnnexplorer.io.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Printable;

/** Turns the DTO of a whole model file into a {@link NetworkSpec}, checking the top-level fields. */
final class ModelFileMapper {

    private final String file;
    private final LayerDecoder layers;
    private final OverrideReader overrides;

    ModelFileMapper(String file) {
        this.file = file;
        this.layers = new LayerDecoder(file);
        this.overrides = new OverrideReader(file, layers);
    }

    NetworkSpec toSpec(ModelFileDto dto) throws ModelFileException {
        if (dto == null) {
            fail(Messages.text("io.model.null"));
        }
        checkFormat(dto.format());
        String id = required(dto.id(), "id", Messages.text("io.model.idHint"));
        Shape input = input(dto.input());
        int classes = dto.classes() == null ? fail(JsonFields.missing("classes", Messages.text("io.model.classesHint")))
                : dto.classes();
        if (classes < 1) {
            fail("$.classes: " + Messages.text("io.model.atLeastOne", classes));
        }
        if (dto.layers() == null || dto.layers().isEmpty()) {
            fail(JsonFields.missing("layers", Messages.text("io.model.layersHint")));
        }
        List<NodeSpec> nodes = new ArrayList<>();
        for (int i = 0; i < dto.layers().size(); i++) {
            nodes.add(layers.node(dto.layers().get(i), "$.layers[" + i + "]"));
        }
        NetworkSpec spec;
        try {
            spec = new NetworkSpec(id, dto.name(), dto.variant(), dto.source(), input, classes, nodes,
                    overrides.read(dto.overrides()), TrainingRecipeFields.read(dto.training(), file));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file + ": $: " + e.getMessage());
        }
        overrides.checkNames(spec, dto.overrides());
        place(dto);
        return spec;
    }

    /** The file's {@code family} and {@code year}, checked; {@link CatalogPlace#NONE} without them. */
    CatalogPlace place(ModelFileDto dto) throws ModelFileException {
        if (dto.family() != null && (dto.family().isBlank() || !Printable.isPlain(dto.family()))) {
            fail("$.family: " + Messages.text("io.model.family", Printable.of(dto.family())));
        }
        try {
            return new CatalogPlace(dto.family(), dto.year() == null ? 0 : dto.year());
        } catch (IllegalArgumentException e) {
            return fail("$.year: " + e.getMessage());
        }
    }

    private void checkFormat(Integer format) throws ModelFileException {
        if (format == null) {
            fail(JsonFields.missing("format", Messages.text("io.model.formatHint", ModelFiles.FORMAT)));
        } else if (format != ModelFiles.FORMAT) {
            fail(Messages.text("io.model.format", format, ModelFiles.FORMAT));
        }
    }

    private Shape input(JsonNode input) throws ModelFileException {
        if (input == null || input.isNull()) {
            return fail(JsonFields.missing("input", Messages.text("io.model.inputHint")));
        }
        try {
            if (input.isTextual() && !Shape.parse(input.asText()).flat()) {
                return Shape.parse(input.asText());
            }
            if (input.isObject() && input.size() == 3 && input.path("channels").isInt()
                    && input.path("height").isInt() && input.path("width").isInt()) {
                Shape shape = Shape.of(input.get("channels").asInt(), input.get("height").asInt(),
                        input.get("width").asInt());
                if (shape.isPositive()) {
                    return shape;
                }
            }
        } catch (IllegalArgumentException e) {
            return fail("$.input: " + e.getMessage());
        }
        return fail("$.input: " + Messages.text("io.model.input", input));
    }

    private String required(String value, String key, String expected) throws ModelFileException {
        if (value == null || value.isBlank()) {
            fail(JsonFields.missing(key, expected));
        }
        if (!Printable.isPlain(value)) {
            fail("$." + key + ": " + Messages.text("io.model.control", Printable.of(value)));
        }
        return value;
    }

    private <T> T fail(String message) throws ModelFileException {
        throw new ModelFileException(file + ": " + message);
    }
}
