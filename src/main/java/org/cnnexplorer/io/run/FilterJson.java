package org.cnnexplorer.io.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.JsonFields;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.model.ModelFiles;
import org.cnnexplorer.training.FilterSnapshot;
import org.cnnexplorer.training.FirstLayerFilters;

/**
 * A run's first-layer filter snapshots as JSON (the {@code filters.json} of a checkpoint, written
 * beside {@code run.json} so that the curves stay quick to read):
 * {@code {"kind": "cnn-explorer-filters", "format": 1, "layer": "c1", "shape": {"filters": 6,
 * "channels": 1, "height": 5, "width": 5}, "snapshots": [{"epoch": 0, "weights": [...]}, ...]}},
 * weights in PyTorch's layout {@code out x in/groups x kh x kw}, each as the shortest decimal that reads
 * back to the same float.
 */
final class FilterJson {

    static final String KIND = "cnn-explorer-filters";
    static final int FORMAT = 1;

    private FilterJson() {
    }

    static ObjectNode write(FirstLayerFilters filters) {
        ObjectNode root = ModelFiles.MAPPER.createObjectNode();
        root.put("kind", KIND).put("format", FORMAT).put("layer", filters.layer());
        FirstLayerFilters.Geometry g = filters.geometry();
        root.putObject("shape").put("filters", g.filters()).put("channels", g.channels()).put("height", g.height())
                .put("width", g.width());
        ArrayNode snapshots = root.putArray("snapshots");
        for (FilterSnapshot snapshot : filters.snapshots()) {
            ObjectNode node = snapshots.addObject().put("epoch", snapshot.epoch());
            ArrayNode weights = node.putArray("weights");
            for (float w : snapshot.weights()) {
                weights.add(w);
            }
        }
        return root;
    }

    static FirstLayerFilters read(JsonNode root, String file) throws ModelFileException {
        JsonFields in = new JsonFields(root, file, "$");
        if (!KIND.equals(in.text("kind"))) {
            throw in.error("kind", Messages.text("io.filters.kind", KIND));
        }
        if (in.integer("format") != FORMAT) {
            throw in.error("format", Messages.text("io.filters.format", root.path("format"), FORMAT));
        }
        FirstLayerFilters.Geometry geometry = geometry(in.object("shape"));
        List<FilterSnapshot> snapshots = new ArrayList<>();
        JsonNode list = in.array("snapshots");
        for (int i = 0; i < list.size(); i++) {
            snapshots.add(snapshot(in.child(list.get(i), ".snapshots[" + i + "]"), geometry));
        }
        try {
            return new FirstLayerFilters(in.text("layer"), geometry, snapshots);
        } catch (IllegalArgumentException e) {
            throw in.error("snapshots", e.getMessage());
        }
    }

    private static FirstLayerFilters.Geometry geometry(JsonFields shape) throws ModelFileException {
        FirstLayerFilters.Geometry geometry = new FirstLayerFilters.Geometry(shape.positiveInt("filters"),
                shape.positiveInt("channels"), shape.positiveInt("height"), shape.positiveInt("width"));
        try {
            geometry.values();
        } catch (ArithmeticException e) {
            throw shape.error("", Messages.text("io.filters.tooLarge", geometry));
        }
        return geometry;
    }

    private static FilterSnapshot snapshot(JsonFields in, FirstLayerFilters.Geometry geometry)
            throws ModelFileException {
        if (!in.has("epoch")) {
            throw in.error("epoch", JsonFields.missing("epoch", null));
        }
        int epoch = in.intAtLeast("epoch", 0, 0);
        JsonNode values = in.array("weights");
        if (values.size() != geometry.values()) {
            throw in.error("weights", Messages.text("io.filters.count", values.size(), geometry, geometry.values()));
        }
        float[] weights = new float[values.size()];
        for (int i = 0; i < weights.length; i++) {
            JsonNode w = values.get(i);
            if (!w.isNumber() || !Float.isFinite(w.floatValue())) {
                throw in.invalid("weights[" + i + "]", Messages.text("io.expect.finite"), w);
            }
            weights[i] = w.floatValue();
        }
        return new FilterSnapshot(epoch, weights);
    }
}
