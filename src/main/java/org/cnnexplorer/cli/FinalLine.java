package org.cnnexplorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.StringJoiner;
import org.cnnexplorer.training.MemoryUse;
import org.cnnexplorer.training.TrainingResult;
import org.cnnexplorer.training.TrainingSettings;

/**
 * The last line of {@code cnnx train}: one JSON object that always parses. A figure with no value
 * (no step taken, nothing measured, e.g. a run stopped while it was still preparing) is
 * {@code null}, never {@code NaN} or {@code Infinity}, which JSON does not have.
 * {@code predicted_bytes} is the core's training memory for the batch, {@code peak_rss_bytes} the
 * process's measured peak resident set (the whole JVM with its native libraries).
 */
final class FinalLine {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FinalLine() {
    }

    static String of(String model, TrainingSettings settings, boolean stopped, TrainingResult result) {
        ObjectNode line = NODES.objectNode();
        line.put("model", model).put("dataset", settings.dataset()).put("epochs", settings.epochs())
                .put("batch", settings.batchSize()).put("stopped", stopped);
        // no image trained (stopped while preparing) is no speed measured, not 0 images/s
        line.set("images_per_s", result.imagesPerSecond() > 0 ? number(result.imagesPerSecond(), 1) : NODES.nullNode());
        line.set("test_accuracy", number(result.testAccuracy(), 4));
        line.set("seconds", number(result.seconds(), 2));
        line.set("final_loss", number(result.finalLoss(), 4));
        line.set("predicted_bytes", bytes(result.memory().predictedBytes()));
        line.set("peak_rss_bytes", bytes(result.memory().peakRssBytes()));
        return spaced(line);
    }

    /** {@code value} rounded to {@code decimals}, or null when it is NaN or infinite. */
    static JsonNode number(double value, int decimals) {
        return Double.isFinite(value) ? NODES.numberNode(BigDecimal.valueOf(value).setScale(decimals,
                RoundingMode.HALF_EVEN)) : NODES.nullNode();
    }

    /** A byte count, or null when not known (peak RSS where there is no {@code /proc}). */
    private static JsonNode bytes(long value) {
        return value == MemoryUse.UNKNOWN ? NODES.nullNode() : NODES.numberNode(value);
    }

    /** {@code {"key": value, ...}}: a space after each colon and comma, as people read it. */
    private static String spaced(ObjectNode line) {
        StringJoiner text = new StringJoiner(", ", "{", "}");
        line.fields().forEachRemaining(field -> text.add(TextNode.valueOf(field.getKey()) + ": " + field.getValue()));
        return text.toString();
    }
}
