package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code cnnx bench-infer}: one image's forward pass, timed, as one JSON line. */
class BenchInferCommandTest {

    @Test
    void printsTheSpreadOfTheTimedPassesAsOneJsonLine() throws Exception {
        MainTest.Run run = MainTest.run("bench-infer", "lenet5", "--runs", "3", "--warmup", "1");
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        JsonNode line = new ObjectMapper().readTree(run.out());
        assertEquals("lenet5", line.get("model").asText());
        assertEquals("1x28x28", line.get("input").asText());
        assertEquals(3, line.get("runs").asInt());
        double fastest = line.get("fastest_ms").asDouble();
        assertTrue(fastest > 0 && fastest <= line.get("median_ms").asDouble()
                && line.get("median_ms").asDouble() <= line.get("slowest_ms").asDouble(), line.toString());
    }

    @Test
    void anInputTheNetworkCannotTakeIsRefusedWithTheLayer() {
        MainTest.Run run = MainTest.run("bench-infer", "lenet5", "--input", "1x4x4");
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains("c3"), run.err());
    }

    @Test
    void noModelIsTheUsage() {
        MainTest.Run run = MainTest.run("bench-infer");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("usage: " + BenchInferCommand.SYNOPSIS), run.err());
    }
}
