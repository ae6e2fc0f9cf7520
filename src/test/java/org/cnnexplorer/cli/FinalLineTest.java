package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.cnnexplorer.training.MemoryUse;
import org.cnnexplorer.training.TrainingResult;
import org.cnnexplorer.training.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The last line of {@code cnnx train} is JSON whatever the run measured. */
class FinalLineTest {

    /** Strict: NaN and Infinity, which Jackson could be told to accept, are refused as JSON refuses them. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .disable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private static TrainingResult result(double accuracy, double loss, double seconds, double imagesPerSecond) {
        return new TrainingResult(accuracy, loss, new int[0][], List.of(), List.of(), seconds, imagesPerSecond);
    }

    @Test
    void figuresAreRoundedAsBefore() throws Exception {
        String line = FinalLine.of("lenet5", TrainingSettings.defaults("fashion-mnist"), false,
                result(0.71564, 0.91023, 1.7349, 1153.44));
        assertEquals("{\"model\": \"lenet5\", \"dataset\": \"fashion-mnist\", \"epochs\": 1, \"batch\": 64, "
                + "\"stopped\": false, \"images_per_s\": 1153.4, \"test_accuracy\": 0.7156, \"seconds\": 1.73, "
                + "\"final_loss\": 0.9102, \"predicted_bytes\": null, \"peak_rss_bytes\": null}", line);
        assertEquals(0.7156, JSON.readTree(line).get("test_accuracy").asDouble());
    }

    @Test
    void figuresWithNoValueAreNull() throws Exception {
        JsonNode line = JSON.readTree(FinalLine.of("lenet5", TrainingSettings.defaults("mnist"), true,
                result(Double.NaN, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
        for (String key : List.of("images_per_s", "test_accuracy", "seconds", "final_loss")) {
            assertTrue(line.get(key).isNull(), key + " in " + line);
        }
        assertTrue(line.get("stopped").asBoolean());
    }

    @Test
    void aRunThatTrainedNoImageHasNoSpeedRatherThanZeroImagesPerSecond() throws Exception {
        // what a run stopped while preparing reports: no step, no loss, evaluated in no measurable time
        JsonNode line = JSON.readTree(FinalLine.of("resnet50", TrainingSettings.defaults("cifar10"), true,
                result(0.0938, Double.NaN, 0, 0)));
        assertTrue(line.get("images_per_s").isNull(), line.toString());
        assertTrue(line.get("final_loss").isNull(), line.toString());
        assertEquals(0.0938, line.get("test_accuracy").asDouble());
    }

    @Test
    void theMemoryPredictedAndMeasuredAreByteCounts() throws Exception {
        TrainingResult measured = new TrainingResult(0.9, 0.3, new int[0][], List.of(), List.of(), 12, 800,
                new MemoryUse(432_013_312L, 1_299_177_472L));
        JsonNode line = JSON.readTree(FinalLine.of("resnet50", TrainingSettings.defaults("cifar10"), false, measured));
        assertEquals(432_013_312L, line.get("predicted_bytes").longValue());
        assertEquals(1_299_177_472L, line.get("peak_rss_bytes").longValue());
    }

    @Test
    void aPeakThatWasNotMeasuredIsNull() throws Exception {
        TrainingResult unmeasured = new TrainingResult(0.9, 0.3, new int[0][], List.of(), List.of(), 12, 800,
                new MemoryUse(1_048_840, MemoryUse.UNKNOWN));
        JsonNode line = JSON.readTree(FinalLine.of("lenet5", TrainingSettings.defaults("mnist"), false, unmeasured));
        assertEquals(1_048_840, line.get("predicted_bytes").longValue());
        assertTrue(line.get("peak_rss_bytes").isNull(), line.toString());
    }

    @Test
    void aModelNameWithQuotesAndControlCharactersStaysOneValidLine() throws Exception {
        String line = FinalLine.of("my \"net\"\n\u001b[31m", TrainingSettings.defaults("mnist"), false,
                result(0.5, 1, 2, 3));
        assertEquals(1, line.lines().count());
        assertEquals("my \"net\"\n\u001b[31m", JSON.readTree(line).get("model").asText());
    }
}
