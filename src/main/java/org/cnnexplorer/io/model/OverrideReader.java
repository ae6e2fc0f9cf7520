package org.cnnexplorer.io.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.LayerSpec;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Printable;

/**
 * Reads the {@code overrides} of a model file: expanded layer name -> a single layer's type and
 * settings. An override cannot rename, rewire or freeze a layer, and must name a layer that exists.
 */
final class OverrideReader {

    private static final Set<String> NOT_IN_OVERRIDES = Set.of("name", "inputs", "trainable", "widthFloor");

    private final String file;
    private final LayerDecoder decoder;

    OverrideReader(String file, LayerDecoder decoder) {
        this.file = file;
        this.decoder = decoder;
    }

    Map<String, LayerSpec> read(Map<String, LayerDto> dtos) throws ModelFileException {
        Map<String, LayerSpec> result = new LinkedHashMap<>();
        Map<String, LayerDto> entries = dtos == null ? Map.of() : dtos;
        for (Map.Entry<String, LayerDto> entry : entries.entrySet()) {
            result.put(entry.getKey(), layer(entry.getKey(), entry.getValue()));
        }
        return result;
    }

    private LayerSpec layer(String name, LayerDto dto) throws ModelFileException {
        JsonFields fields = fields(name, dto);
        for (String key : NOT_IN_OVERRIDES) {
            if (fields.raw(key) != null) {
                throw fields.error(Messages.text("io.override.field", key));
            }
        }
        ElementSpec element = decoder.element(fields, dto, path(name));
        if (!(element instanceof LayerSpec layer)) {
            throw fields.error(Messages.text("io.override.block", element.type()));
        }
        return layer;
    }

    /** Fails for an override whose name matches no layer (checked when the network itself is valid). */
    void checkNames(NetworkSpec spec, Map<String, LayerDto> dtos) throws ModelFileException {
        if (dtos == null || dtos.isEmpty()) {
            return;
        }
        NetworkReport report;
        try {
            report = NetworkAnalyzer.analyze(spec);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return; // the analysis will report it; the names can only be checked on a network that expands
        }
        if (!report.isValid()) {
            return;
        }
        Set<String> names = report.layers().stream().map(LayerReport::name).collect(Collectors.toSet());
        for (Map.Entry<String, LayerDto> entry : dtos.entrySet()) {
            if (!names.contains(entry.getKey())) {
                throw fields(entry.getKey(), entry.getValue()).error(
                        Messages.text("io.override.noLayer", Printable.of(entry.getKey())));
            }
        }
    }

    private JsonFields fields(String name, LayerDto dto) {
        return JsonFields.entry(dto.fields(), file, path(name), dto.line(), dto.column());
    }

    private static String path(String name) {
        return "$.overrides." + Printable.of(name);
    }
}
