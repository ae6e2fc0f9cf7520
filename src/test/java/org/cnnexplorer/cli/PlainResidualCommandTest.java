package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * {@code cnnx lesson plain-vs-residual}: both networks trained a few steps on the MNIST fixture,
 * their curves and norms as JSON; a missing data set and a bad step count are named.
 */
class PlainResidualCommandTest {

    private static final String FIXTURES = "src/test/resources/datasets";

    @Test
    void printsBothCurvesAndTheFirstStepsNormsAsJson() throws Exception {
        MainTest.Run run = MainTest.run("lesson", "plain-vs-residual", "blocks=4", "--steps", "3", "--format", "json",
                "--data-dir", FIXTURES);
        assertEquals(0, run.exit(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("plain-vs-residual", root.get("lesson").asText());
        JsonNode plain = root.get("networks").get(0);
        JsonNode residual = root.get("networks").get(1);
        assertEquals("plain-10", plain.get("id").asText());
        assertEquals(plain.get("params").asLong(), residual.get("params").asLong());
        for (JsonNode network : root.get("networks")) {
            assertEquals(3, network.get("losses").size());
            assertEquals(3, network.get("gradientNorms").size());
            assertEquals(10, network.get("gradientNorms").get(0).get("layers").size());
        }
        double plainFirst = firstLayerNorm(plain);
        double residualFirst = firstLayerNorm(residual);
        assertTrue(plainFirst * 1000 < residualFirst, plainFirst + " against " + residualFirst);
    }

    @Test
    void namesTheMissingDataSetAndABadStepCount() {
        MainTest.Run missing = MainTest.run("lesson", "plain-vs-residual", "--steps", "1", "--data-dir",
                "src/test/resources/no-such-folder");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("the plain, 20 layers network cannot train: MNIST (train) not found"),
                missing.err());
        assertEquals("cnnx: --steps needs a whole number from 1 to 5000, got 'many'",
                MainTest.run("lesson", "plain-vs-residual", "--steps", "many").err().strip());
    }

    private static double firstLayerNorm(JsonNode network) {
        JsonNode conv1 = network.get("gradientNorms").get(0).get("layers").get(0);
        assertEquals("conv1", conv1.get("layer").asText());
        return conv1.get("norm").asDouble();
    }
}
