package org.cnnexplorer.cli;

import static org.cnnexplorer.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompareAndBadInputTest {

    @Test
    void compareOfTheFiveClassicsLinesThemUpSideBySide() {
        MainTest.Run run = run("compare", "lenet5", "alexnet", "vgg16", "googlenet", "resnet50");
        assertEquals(0, run.exit());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].matches(" +lenet5 +alexnet +vgg16 +googlenet +resnet50"), lines[0]);
        assertTrue(run.out().contains("Parameters  "));
        assertTrue(lines[2].matches("Parameters +61,706 +61,100,840 +138,357,544 +6,624,904 +25,557,032"), lines[2]);
        assertTrue(lines[3].matches("MACs per image +416,520 +714,188,480 +15,470,264,320 +1,498,376,192 "
                + "+4,089,184,256"), lines[3]);
        assertTrue(run.out().contains("Memory for batch 1, float32, sgd; MACs = conv + dense multiply-accumulates"));
    }

    @Test
    void compareAsJsonHasOneEntryPerModel() throws Exception {
        MainTest.Run run = run("compare", "googlenet", "googlenet-paper", "--format", "json");
        JsonNode models = new ObjectMapper().readTree(run.out()).get("models");
        assertEquals(2, models.size());
        assertEquals(6_998_552, models.get(1).get("params").asLong());
        assertEquals(2L * 1_498_376_192, models.get(0).get("flops").asLong());
    }

    @Test
    void compareWithAnImpossibleNetworkExitsWithOneAndNamesTheProblem() {
        MainTest.Run run = run("compare", "lenet5", "alexnet", "--input", "3x32x32", "--classes", "10", "--format", "csv");
        assertEquals(1, run.exit());
        assertTrue(run.out().startsWith(",lenet5,alexnet\nParameters,92246,2469696\n"), run.out());
        assertEquals("cnnx: alexnet cannot run with input 3x32x32: pool5: input 256x1x1 is smaller than the 3x3 "
                + "window (stride 2) -> output 0x0; it runs from 63x63\n", run.err());
        MainTest.Run table = run("compare", "lenet5", "alexnet", "--input", "3x32x32", "--classes", "10");
        assertTrue(table.out().contains("PROBLEM in alexnet: pool5: input 256x1x1 is smaller than the 3x3 window"));
        assertTrue(table.out().contains("\nalexnet runs from 63x63\n"), table.out());
    }

    @Test
    void compareSaysWhichNetworksTotalsArePartialAndAtWhichInputInEveryFormat() throws Exception {
        String[] base = {"compare", "lenet5", "alexnet", "--input", "3x32x32", "--classes", "10", "--format"};
        for (String format : new String[] {"table", "csv", "markdown"}) {
            String[] words = java.util.Arrays.copyOf(base, base.length + 1);
            words[base.length] = format;
            String out = run(words).out();
            assertTrue(out.matches("(?s).*Input\\W+3x32x32\\W+3x32x32.*"), format + ": " + out);
            assertTrue(out.matches("(?s).*Totals count\\W+all layers\\W+partial: layers before pool5.*"),
                    format + ": " + out);
        }
        JsonNode models = new ObjectMapper().readTree(run("compare", "lenet5", "alexnet", "--input", "3x32x32",
                "--format", "json").out()).get("models");
        assertEquals(false, models.get(0).get("partial").asBoolean());
        assertTrue(models.get(1).get("partial").asBoolean());
        assertEquals("pool5", models.get(1).get("partialBefore").asText());
        assertEquals(10, models.get(1).get("uncountedLayers").asInt());
        assertEquals(63, models.get(1).get("runsFrom").get("height").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "summary resnet50 --input 3x32 # cnnx: --input must be CxHxW with positive integers, e.g. 3x32x32, got '3x32'",
        "summary resnet50 --input 3x28 # cnnx: --input must be CxHxW with positive integers, e.g. 3x32x32, got '3x28'",
        "summary resnet50 --input 784 # cnnx: --input must be CxHxW with positive integers, e.g. 3x32x32, got '784'",
        "summary resnet50 --input 0x0x0 # cnnx: --input must be CxHxW with positive integers, e.g. 3x32x32, got '0x0x0'",
        "summary resnet50 --input big # cnnx: --input must be CxHxW with positive integers, e.g. 3x32x32, got 'big'",
        "compare lenet5 --input=3x99999999999x3 # cnnx: --input must be CxHxW with positive integers, e.g. 3x32x32, "
            + "got '3x99999999999x3'",
        "summary resnet50 --batch 99999999999 # cnnx: --batch must be an integer from 1 to 2147483647, got '99999999999'",
        "summary resnet50 --batch 0 # cnnx: --batch must be an integer of at least 1, got '0'",
        "summary resnet50 --classes ten # cnnx: --classes must be an integer of at least 1, got 'ten'",
        "summary resnet50 --dtype float64 # cnnx: --dtype: unknown dtype 'float64': expected float32 or float16",
        "summary resnet50 --optimizer rmsprop # cnnx: --optimizer: unknown optimizer 'rmsprop': expected sgd, momentum "
            + "or adam",
        "summary resnet50 --format xml # cnnx: --format must be table, json, csv or markdown, got 'xml'",
        "summary resnet50 --colour red # cnnx: unknown option --colour; options here: --batch, --classes, --count-bias, --depth-mult, --dtype, --explain, --flops, --fold-bn, --format, --input, --optimizer, --resolution-mult, --width-mult",
        "summary resnet50 --batch # cnnx: option --batch needs a value",
        "summary resnet50 vgg16 # cnnx: usage: cnnx summary MODEL_OR_FILE [--input CxHxW] [--classes N] [--batch N] [--dtype float32|float16] [--optimizer sgd|momentum|adam] [--format table|json|csv|markdown] [--width-mult W] [--depth-mult D] [--resolution-mult R] [--flops] [--count-bias] [--fold-bn] [--explain LAYER|BLOCK|totals]",
        "compare # cnnx: usage: cnnx compare MODEL_OR_FILE... [--input CxHxW] [--classes N] [--batch N] [--dtype float32|float16] [--optimizer sgd|momentum|adam] [--format table|json|csv|markdown] [--width-mult W] [--depth-mult D] [--resolution-mult R] [--flops] [--count-bias] [--fold-bn]",
        "explain lenet5 # cnnx: unknown command 'explain'; run 'cnnx help' for the list",
    })
    void badInputEndsWithOneLineAndExitCodeTwo(String command, String message) {
        MainTest.Run run = run(command.trim().split(" +"));
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        if (message != null) {
            assertEquals(message + "\n", run.err());
        }
    }

    @Test
    void unknownModelListsTheBuiltIns() {
        badInputEndsWithOneLineAndExitCodeTwo("summary resnet", "cnnx: unknown model 'resnet'; built-in models: "
                + String.join(", ", ModelCatalog.IDS) + " (or give the path of a model file: .json, .onnx)");
    }

    @Test
    void badModelFileEndsWithOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("net.json");
        Files.writeString(file, "{\"format\": 1, \"id\": \"n\", \"input\": \"3x8x8\", \"classes\": 2, \"layers\": [\n"
                + "  {\"name\": \"a\", \"type\": \"conv3d\"}]}");
        MainTest.Run run = run("summary", file.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("cnnx: " + file + ":2:3: $.layers[0] \"a\": unknown layer type 'conv3d'"));
        assertEquals(1, run.err().lines().count());
    }

    @Test
    void userModelFileIsAnalysedLikeABuiltIn() {
        MainTest.Run run = run("summary", "src/test/resources/models/every-feature.json", "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\nstem,conv2d,3x32x32,16x32x32,3x3 s1 same,432,442368,16384,3,1\n"));
    }
}
