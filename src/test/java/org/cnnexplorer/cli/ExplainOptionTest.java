package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code cnnx summary --explain} and the convention flags {@code --flops}, {@code --count-bias}, {@code --fold-bn}. */
class ExplainOptionTest {

    @Test
    void explainPrintsEveryFigureOfOneLayerWithItsNumbersFilledIn() {
        MainTest.Run run = MainTest.run("summary", "lenet5", "--explain", "c3");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("conventions: compute in MACs; FLOPs = 2 x MACs (bias additions not counted);"
                + " batch-norm not folded\n\nc3 (conv2d 5x5 s1 p0): 6x14x14 -> 16x10x10\n"), run.out());
        assertTrue(run.out().contains("  params = (k_h*k_w*C_in/g)*F + F = (5*5*6/1)*16 + 16 = 2,416"), run.out());
        assertTrue(run.out().contains("  J_w = J_in*s = 2*1 = 2\n"), run.out());
    }

    @Test
    void explainOfABlockExplainsEachOfItsLayersAndTotalsExplainTheSums() {
        String block = MainTest.run("summary", "resnet50", "--explain", "layer1.0").out();
        assertTrue(block.contains("\nlayer1.0.conv1 (conv2d") && block.contains("\nlayer1.0.add ("), block);
        String totals = MainTest.run("summary", "lenet5", "--explain", "totals").out();
        assertTrue(totals.contains("  params = sum over the layers = 156 + 2,416 + 48,120 + 10,164 + 850 = 61,706\n"),
                totals);
    }

    @Test
    void anUnknownLayerIsOneMessageNamingTheNetwork() {
        MainTest.Run run = MainTest.run("summary", "lenet5", "--explain", "conv9");
        assertEquals(2, run.exit());
        assertEquals("cnnx: no layer or block 'conv9' in lenet5; see the layer column of cnnx summary lenet5, or "
                + "--explain totals\n", run.err());
    }

    @Test
    void conventionFlagsChangeTheFiguresAndAreWrittenInEveryFormat() throws Exception {
        MainTest.Run table = MainTest.run("summary", "resnet50", "--fold-bn", "--count-bias", "--flops");
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("conventions: compute in FLOPs; FLOPs = 2 x MACs + bias additions; batch-norm"
                + " folded into the preceding convolution\n"), table.out());
        assertTrue(table.out().contains("Total parameters:" + " ".repeat(42) + "25,530,472\n"), table.out());
        JsonNode json = new ObjectMapper().readTree(MainTest.run("summary", "lenet5", "--count-bias", "--format",
                "json").out());
        assertTrue(json.get("settings").get("conventions").get("countBias").asBoolean());
        assertEquals(2 * 416_520 + 6 * 28 * 28 + 16 * 10 * 10 + 120 + 84 + 10, json.get("totals").get("flops").asLong());
        assertTrue(MainTest.run("summary", "lenet5", "--format", "csv").out().contains("\nconventions: compute in MACs"));
        assertTrue(MainTest.run("summary", "lenet5", "--format", "markdown").out().contains("\nconventions: "));
        assertTrue(MainTest.run("compare", "lenet5", "alexnet", "--fold-bn").out().contains(
                "batch-norm folded into the preceding convolution"));
    }
}
