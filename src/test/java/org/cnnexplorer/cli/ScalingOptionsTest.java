package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void depthReachesMobileNetV2sStagesAndTheSettingsLineSaysSo() {
        MainTest.Run run = MainTest.run("summary", "mobilenet-v2", "--depth-mult", "1.5");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Total parameters:                                          5,783,352"), run.out());
        assertTrue(run.out().contains("; scaled: depth x1.5\n"), run.out());
        assertTrue(run.out().contains("features.28.conv.3"), run.out());
    }

    @Test
    void aDepthThatChangesNothingSaysWhyInsteadOfScaled() {
        MainTest.Run run = MainTest.run("summary", "lenet5", "--depth-mult", "1.5", "--width-mult", "0.5");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("; scaled: width x0.5; depth x1.5 changes nothing: LeNet-5 has no stage, repeat "
                + "or dense block whose count depth multiplies\n"), run.out());
        MainTest.Run csv = MainTest.run("summary", "alexnet", "--depth-mult", "2", "--format", "csv");
        assertTrue(csv.out().contains("depth x2 changes nothing: AlexNet has no stage"), csv.out());
        assertFalse(csv.out().contains("scaled:"), csv.out());
    }

    @Test
    void aComparisonNamesEachNetworkTheMultiplierLeavesAsItWas() {
        MainTest.Run run = MainTest.run("compare", "alexnet", "mobilenet-v2", "--depth-mult", "1.5");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("; scaled: depth x1.5; depth x1.5 changes nothing: AlexNet has no stage"),
                run.out());
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
