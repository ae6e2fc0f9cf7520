package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cnnexplorer.data.TestData;
import org.junit.jupiter.api.Test;

/** {@code cnnx inspect --gradcam | --saliency [--class N]}: the heat map on its grid and its hottest cell. */
class InspectEvidenceTest {

    private static final String DATA = TestData.fixturesDir().toString();

    @Test
    void printsLeNetsGradCamGridOnTheLastFeatureMapAndItsHottestCell() {
        MainTest.Run run = MainTest.run("inspect", "lenet5", "--dataset", "mnist", "--index", "0", "--data-dir", DATA,
                "--runs", "0", "--gradcam", "--class", "3");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\nGrad-CAM of class 3 (3) on s4, 5x5 cells, in % of the hottest:\n"), run.out());
        assertTrue(run.out().matches("(?s).*\n( {1,3}\\d{1,3}){5}\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*\nhottest cell: row \\d, column \\d = input rows \\d+-\\d+, columns"
                + " \\d+-\\d+\n"), run.out());
    }

    @Test
    void gradCamWeighsTheFeatureMapOfLayerAndAMapItCannotUseIsRefusedWithTheReason() {
        MainTest.Run run = MainTest.run("inspect", "lenet5", "--dataset", "mnist", "--index", "0", "--data-dir", DATA,
                "--runs", "0", "--gradcam", "--class", "3", "--layer", "c3");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\nGrad-CAM of class 3 (3) on c3, 10x10 cells, in % of the hottest:\n"),
                run.out());
        MainTest.Run flat = MainTest.run("inspect", "lenet5", "--dataset", "mnist", "--index", "0", "--data-dir",
                DATA, "--runs", "0", "--gradcam", "--layer", "f6");
        assertEquals(2, flat.exit());
        assertTrue(flat.err().contains("Grad-CAM cannot weigh layer f6 of lenet5 (output 84)"), flat.err());
    }

    @Test
    void writesSaliencyOfTheTopClassAsJson() throws Exception {
        MainTest.Run run = MainTest.run("inspect", "lenet5", "--dataset", "mnist", "--index", "2", "--data-dir", DATA,
                "--runs", "0", "--saliency", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode evidence = root.get("evidence");
        assertEquals("saliency", evidence.get("method").asText());
        assertEquals(root.get("top").get(0).get("index").asInt(), evidence.get("classIndex").asInt());
        assertEquals(7 * 7, evidence.get("grid").size());
        assertTrue(evidence.get("max").asDouble() > 0);
        assertTrue(evidence.get("peak").get("height").asInt() >= 4);
    }

    @Test
    void aClassOutOfRangeOrWithoutAMethodIsRefusedWithAReason() {
        MainTest.Run range = MainTest.run("inspect", "lenet5", "--dataset", "mnist", "--index", "0", "--data-dir",
                DATA, "--runs", "0", "--gradcam", "--class", "10");
        assertEquals(2, range.exit());
        assertTrue(range.err().contains("there is no class 10: the classes are 0 to 9"), range.err());
        MainTest.Run alone = MainTest.run("inspect", "lenet5", "--dataset", "mnist", "--index", "0", "--data-dir",
                DATA, "--class", "3");
        assertEquals(2, alone.exit());
        assertTrue(alone.err().contains("[--gradcam | --saliency] [--class N]"), alone.err());
    }
}
