package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --width-mult}, {@code --depth-mult} and {@code --resolution-mult} (decision 0012). */
class ScalingOptionsTest {

    @Test
    void widthGivesMobileNetV1AtAlphaHalfAndTheSettingsLineSaysSo() {
        MainTest.Run run = MainTest.run("summary", "mobilenet-v1", "--width-mult", "0.5");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("1,331,592"), run.out());
        assertTrue(run.out().contains("; scaled: width x0.5\n"), run.out());
    }

    @Test
    void resolutionScalesTheInputAndJsonKeepsTheMultipliers() {
        MainTest.Run run = MainTest.run("summary", "efficientnet-b0", "--resolution-mult", "1.0714285714",
                "--format", "json");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\"height\" : 240"), run.out());
        assertTrue(run.out().contains("\"resolution\" : 1.0714285714"), run.out());
    }

    @Test
    void aMultiplierOutOfRangeIsRefusedInOneLine() {
        MainTest.Run run = MainTest.run("compare", "resnet18", "--depth-mult", "9");
        assertEquals(2, run.exit());
        assertEquals("cnnx: --depth-mult must be a number from 0.01 to 8, got '9'\n", run.err());
    }

    @Test
    void trainRefusesTheResolutionMultiplier() {
        MainTest.Run run = MainTest.run("train", "lenet5", "--dataset", "mnist", "--resolution-mult", "2");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("cnnx: --resolution-mult does not apply to train"), run.err());
    }
}
