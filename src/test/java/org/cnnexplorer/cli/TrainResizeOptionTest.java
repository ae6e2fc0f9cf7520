package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cnnexplorer.core.TrainingRecipe;
import org.cnnexplorer.training.ImageResize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code cnnx train --resize HxW|min|paper}: parsing, bad values, and the refusal that suggests it. */
class TrainResizeOptionTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static ImageResize resize(String... words) throws CliException {
        List<String> all = new java.util.ArrayList<>(List.of("--dataset", "mnist"));
        all.addAll(List.of(words));
        return TrainOptions.settings(Args.parse(all, TrainOptions.NAMES), TrainingRecipe.STANDARD).resize();
    }

    @Test
    void resizeReadsASizeTheNetworkMinimumOrThePaperSize() throws Exception {
        assertEquals(ImageResize.to(63, 63), resize("--resize", "63x63"));
        assertEquals(ImageResize.to(227, 200), resize("--resize=227x200"));
        assertEquals(ImageResize.to(64, 64), resize("--resize", "64"));
        assertEquals(ImageResize.MINIMUM, resize("--resize", "min"));
        assertEquals(ImageResize.DECLARED, resize("--resize", "paper"));
        assertEquals(ImageResize.NONE, resize("--resize", "none"));
        assertEquals(ImageResize.NONE, resize());
    }

    @ParameterizedTest
    @ValueSource(strings = {"big", "0x63", "63x", "63x63x3", "-5", "5000x5000", ""})
    void aBadResizeIsAUsageErrorNamingTheOption(String value) {
        assertEquals(2, run("train", "alexnet", "--dataset", "mnist", "--resize", value));
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(message.startsWith("cnnx: --resize must be HxW (e.g. 63x63, sides 1 to 4096), min"), message);
        assertTrue(message.endsWith("got '" + value + "'"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void aNetworkTooDeepForTheImagesIsRefusedWithTheResizeThatRuns() {
        assertEquals(1, run("train", "alexnet-paper", "--dataset", "fashion-mnist", "--data-dir",
                "/usr/share/datasets"));
        assertEquals("cnnx: alexnet-paper cannot be trained on Fashion-MNIST (1x28x28 images): pool2: input 256x2x2 "
                + "is smaller than the 3x3 window (stride 2) -> output 0x0; it runs from 67x67: use --resize 67x67 "
                + "(Train tab: Resize images to)", err.toString(StandardCharsets.UTF_8).strip());
    }
}
