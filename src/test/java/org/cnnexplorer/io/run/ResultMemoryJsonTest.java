package org.cnnexplorer.io.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cnnexplorer.io.model.JsonFields;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.training.MemoryUse;
import org.cnnexplorer.training.TrainingResult;
import org.junit.jupiter.api.Test;

/** A saved run keeps the memory predicted and measured; runs saved before that read as not recorded. */
class ResultMemoryJsonTest {

    private static TrainingResult result(MemoryUse memory) {
        return new TrainingResult(0.875, 0.31, new int[][] {{1}}, List.of("a"), List.of(), 12.5, 1500, memory);
    }

    private static TrainingResult read(ObjectNode node) throws ModelFileException {
        return ResultJson.read(new JsonFields(node, "run.cnnrun", "$.result"));
    }

    @Test
    void memoryRoundTrips() throws Exception {
        MemoryUse memory = new MemoryUse(286_261_248L, 1_331_000_000L);
        assertEquals(memory, read(ResultJson.write(result(memory))).memory());
    }

    @Test
    void anUnmeasuredPeakIsWrittenAsNullAndReadBack() throws Exception {
        ObjectNode node = ResultJson.write(result(new MemoryUse(286_261_248L, MemoryUse.UNKNOWN)));
        assertTrue(node.get("peakRssBytes").isNull());
        assertEquals(MemoryUse.UNKNOWN, read(node).memory().peakRssBytes());
    }

    @Test
    void aRunSavedBeforeMemoryWasRecordedHasNone() throws Exception {
        ObjectNode node = ResultJson.write(result(new MemoryUse(1, 2)));
        node.remove("predictedBytes");
        node.remove("peakRssBytes");
        assertEquals(MemoryUse.NOT_RECORDED, read(node).memory());
    }

    @Test
    void aBadByteCountIsNamedWithItsPath() {
        ObjectNode node = ResultJson.write(result(MemoryUse.NOT_RECORDED));
        node.put("peakRssBytes", -5);
        ModelFileException e = assertThrows(ModelFileException.class, () -> read(node));
        assertEquals("run.cnnrun: $.result.peakRssBytes: expected a number of bytes (a whole number of at least 0) "
                + "or null, got -5", e.getMessage());
    }
}
