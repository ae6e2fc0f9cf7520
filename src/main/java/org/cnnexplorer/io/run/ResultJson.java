package org.cnnexplorer.io.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.JsonFields;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.model.ModelFiles;
import org.cnnexplorer.training.MemoryUse;
import org.cnnexplorer.training.TrainingResult;
import org.cnnexplorer.training.TrainingResult.Prediction;

/**
 * The final evaluation of a run as JSON; sample images are base64 bytes (CHW); the memory
 * predicted and measured are byte counts, null when not known.
 */
final class ResultJson {

    private ResultJson() {
    }

    static ObjectNode write(TrainingResult result) {
        ObjectNode node = ModelFiles.MAPPER.createObjectNode();
        node.set("testAccuracy", RunJson.number(result.testAccuracy()));
        node.set("finalLoss", RunJson.number(result.finalLoss()));
        node.put("seconds", result.seconds()).put("imagesPerSecond", result.imagesPerSecond());
        node.set("predictedBytes", bytes(result.memory().predictedBytes()));
        node.set("peakRssBytes", bytes(result.memory().peakRssBytes()));
        ArrayNode names = node.putArray("classNames");
        result.classNames().forEach(names::add);
        ArrayNode confusion = node.putArray("confusion");
        for (int[] row : result.confusion()) {
            ArrayNode out = confusion.addArray();
            for (int count : row) {
                out.add(count);
            }
        }
        ArrayNode samples = node.putArray("samples");
        for (Prediction p : result.samples()) {
            samples.addObject().put("index", p.index()).put("trueLabel", p.trueLabel())
                    .put("predictedLabel", p.predictedLabel()).put("confidence", p.confidence())
                    .put("channels", p.channels()).put("height", p.height()).put("width", p.width())
                    .put("pixels", Base64.getEncoder().encodeToString(p.pixels()));
        }
        return node;
    }

    static TrainingResult read(JsonFields in) throws ModelFileException {
        List<String> names = new ArrayList<>();
        in.array("classNames").forEach(n -> names.add(n.asText()));
        JsonNode rows = in.array("confusion");
        int[][] confusion = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            confusion[i] = new int[rows.get(i).size()];
            for (int j = 0; j < confusion[i].length; j++) {
                confusion[i][j] = rows.get(i).get(j).asInt();
            }
        }
        List<Prediction> samples = new ArrayList<>();
        JsonNode list = in.array("samples");
        for (int i = 0; i < list.size(); i++) {
            samples.add(sample(in.child(list.get(i), ".samples[" + i + "]")));
        }
        return new TrainingResult(RunJson.value(in.raw("testAccuracy")), RunJson.value(in.raw("finalLoss")),
                confusion, names, samples, in.number("seconds"), in.number("imagesPerSecond"),
                new MemoryUse(bytes(in, "predictedBytes"), bytes(in, "peakRssBytes")));
    }

    /** A byte count, or null when it is not known. */
    private static JsonNode bytes(long value) {
        return value == MemoryUse.UNKNOWN ? ModelFiles.MAPPER.nullNode() : ModelFiles.MAPPER.getNodeFactory()
                .numberNode(value);
    }

    /** A byte count; absent or null (runs saved before memory was recorded) is {@link MemoryUse#UNKNOWN}. */
    private static long bytes(JsonFields in, String key) throws ModelFileException {
        if (!in.has(key)) {
            return MemoryUse.UNKNOWN;
        }
        JsonNode value = in.raw(key);
        if (!JsonFields.isInt(value, 0, Long.MAX_VALUE)) {
            throw in.invalid(key, Messages.text("io.expect.bytes"), value);
        }
        return value.longValue();
    }

    private static Prediction sample(JsonFields s) throws ModelFileException {
        byte[] pixels;
        try {
            pixels = Base64.getDecoder().decode(s.text("pixels"));
        } catch (IllegalArgumentException e) {
            throw s.error("pixels", Messages.text("io.result.base64", e.getMessage()));
        }
        return new Prediction(s.integer("index"), s.integer("trueLabel"), s.integer("predictedLabel"),
                s.number("confidence"), s.integer("channels"), s.integer("height"), s.integer("width"), pixels);
    }
}
