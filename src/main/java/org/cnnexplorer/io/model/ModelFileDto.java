package org.cnnexplorer.io.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** The top level of a model file, as Jackson reads and writes it (see docs/model-format.md). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ModelFileDto(Integer format, String id, String name, String variant, String source, String family,
                    Integer year, JsonNode input, Integer classes, JsonNode training, List<LayerDto> layers,
                    Map<String, LayerDto> overrides) {
}
