package org.cnnexplorer.io.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Shape;

/**
 * The per-layer references of scaled torchvision networks that {@code scripts/efficientnet_scaling_reference.py}
 * writes to {@code src/test/resources/scaling/}: every leaf module's output shape ({@code outputs}) and every
 * Conv2d's and Linear's parameters and MACs ({@code layers}), compared with a report by module path.
 */
final class ScaledReferences {

    static final Path DIRECTORY = Path.of("src", "test", "resources", "scaling");

    private ScaledReferences() {
    }

    static JsonNode read(String file) throws Exception {
        return new ObjectMapper().readTree(DIRECTORY.resolve(file).toFile());
    }

    /** Each module whose shape, parameters or MACs differ from the report's layer of its name, unless skipped. */
    static List<String> differences(JsonNode reference, NetworkReport report, Predicate<String> skipped) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, JsonNode> module : fields(reference.get("outputs"))) {
            if (skipped.test(module.getKey())) {
                continue;
            }
            Optional<LayerReport> layer = report.layer(module.getKey());
            JsonNode dims = module.getValue();
            Shape expected = dims.size() == 1 ? Shape.vector(dims.get(0).asInt())
                    : Shape.of(dims.get(0).asInt(), dims.get(1).asInt(), dims.get(2).asInt());
            if (layer.isEmpty() || !layer.get().output().equals(expected)) {
                differences.add(module.getKey() + ": " + layer.map(LayerReport::output).orElse(null) + ", torchvision "
                        + expected);
            }
        }
        for (Map.Entry<String, JsonNode> module : fields(reference.get("layers"))) {
            Optional<LayerReport> layer = report.layer(module.getKey());
            if (skipped.test(module.getKey()) || layer.isEmpty()) {
                continue; // a missing layer is already named by its output above
            }
            if (layer.get().params() != module.getValue().get(0).asLong()
                    || layer.get().macs() != module.getValue().get(1).asLong()) {
                differences.add(module.getKey() + ": " + layer.get().params() + " params, " + layer.get().macs()
                        + " MACs, torchvision " + module.getValue());
            }
        }
        return differences;
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        return object::fields;
    }
}
