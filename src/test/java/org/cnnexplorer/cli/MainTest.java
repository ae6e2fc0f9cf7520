package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Test;

/** {@code cnnx} as a user runs it: exit codes, one-line messages, and the shape of each output format. */
class MainTest {

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void summaryOfResNet50PrintsTheGoldenTable() throws Exception {
        Run run = run("summary", "resnet50");
        assertEquals(0, run.exit());
        assertEquals("", run.err());
        assertEquals(Files.readString(Path.of("src/test/resources/golden/resnet50.txt")), run.out());
    }

    @Test
    void impossibleNetworkPrintsItsReportAndExitsWithOne() {
        Run run = run("summary", "alexnet", "--input", "3x32x32", "--classes", "10");
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("  pool5: input 256x1x1 is smaller than the 3x3 window (stride 2) -> output 0x0\n"));
        assertEquals("cnnx: alexnet cannot run with input 3x32x32: pool5: input 256x1x1 is smaller than the 3x3 window "
                + "(stride 2) -> output 0x0; it runs from 63x63\n", run.err());
        assertTrue(run.out().contains("  It runs from 63x63 (the smallest square input with 3 channels).\n"), run.out());
    }

    @Test
    void jsonOfAnImpossibleNetworkSaysFromWhichInputItRuns() throws Exception {
        Run run = run("summary", "alexnet-paper", "--input", "1x28x28", "--format", "json");
        assertEquals(1, run.exit());
        JsonNode runsFrom = new ObjectMapper().readTree(run.out()).get("runsFrom");
        assertEquals(67, runsFrom.get("height").asInt());
        assertEquals(67, runsFrom.get("width").asInt());
        Run fine = run("summary", "alexnet", "--format", "json");
        assertTrue(!new ObjectMapper().readTree(fine.out()).has("runsFrom"), fine.out());
    }

    @Test
    void jsonSummaryHasTheDocumentedKeys() throws Exception {
        Run run = run("summary", "lenet5", "--format", "json", "--batch", "64", "--optimizer", "adam");
        assertEquals(0, run.exit());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("lenet5", root.get("model").asText());
        assertEquals(1, root.get("input").get("channels").asInt());
        assertEquals(28, root.get("input").get("height").asInt());
        assertEquals(28, root.get("input").get("width").asInt());
        JsonNode c1 = root.get("layers").get(1);
        for (String key : List.of("name", "type", "inputShape", "outputShape", "params", "macs", "activationElements",
                "receptiveField")) {
            assertTrue(c1.has(key), key);
        }
        assertEquals("c1", c1.get("name").asText());
        assertEquals("6x28x28", c1.get("outputShape").asText());
        assertEquals(117_600, c1.get("macs").asLong());
        assertEquals(5, c1.get("receptiveField").get("size").asInt());
        JsonNode totals = root.get("totals");
        assertEquals(61_706, totals.get("params").asLong());
        assertEquals(61_706, totals.get("trainableParams").asLong());
        assertEquals(416_520, totals.get("macs").asLong());
        assertEquals(833_040, totals.get("flops").asLong());
        assertEquals(15_386, totals.get("activationElements").asLong());
        assertEquals(246_824, totals.get("paramBytes").asLong());
        assertEquals(246_824 + 64L * 9_408 * 4, totals.get("inferenceBytes").asLong());
        assertEquals(246_824L * 4 + 64L * 15_386 * 4, totals.get("trainingBytes").asLong());
    }

    @Test
    void csvHasTheHeaderAndOneRowOfTenCellsPerLayer() {
        Run run = run("summary", "vgg16", "--format", "csv");
        List<String> lines = run.out().lines().toList();
        assertEquals("layer,type,input,output,kernel/stride/pad,params,MACs,activations,RF size,RF jump", lines.get(0));
        assertEquals(1 + 41 + 1, lines.size()); // header, input + 13 conv + 13 relu + 5 pool + avgpool, flatten + 7,
        // the conventions
        assertEquals("conventions: compute in MACs; FLOPs = 2 x MACs (bias additions not counted); batch-norm not folded"
                + ",,,,,,,,,", lines.get(lines.size() - 1));
        assertTrue(lines.stream().allMatch(line -> line.split(",", -1).length == 10));
        assertTrue(lines.contains("fc6,dense,25088,4096,-> 4096,102764544,102760448,4096,404,224"), lines.toString());
    }

    @Test
    void markdownHasAHeadingAndTables() {
        Run run = run("summary", "lenet5", "--format", "markdown");
        assertTrue(run.out().startsWith("## LeNet-5 [lenet5] - input 1x28x28, 10 classes\n"));
        assertTrue(run.out().contains("| layer | type | input | output | kernel/stride/pad | params | MACs |"));
        assertTrue(run.out().contains("| Total parameters | 61,706 |"));
    }

    @Test
    void modelsListsEveryBuiltInWithFamilyAndYear() {
        Run run = run("models");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("family "), run.out());
        for (String id : ModelCatalog.IDS) {
            assertTrue(run.out().contains(" " + id + " "), id);
        }
        assertTrue(run.out().matches("(?s).*\nResNeXt +2017 +resnext50-32x4d +ResNeXt-50 \\(32x4d\\) .*"), run.out());
    }

    @Test
    void helpPrintsTheUsage() {
        assertEquals(0, run("help").exit());
        assertTrue(run("--help").out().startsWith("usage: cnnx COMMAND"));
        Run bare = run();
        assertEquals(2, bare.exit());
        assertTrue(bare.out().startsWith("usage: cnnx COMMAND"));
    }
}
