package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.training.FilterSnapshot;
import org.cnnexplorer.training.FirstLayerFilters;
import org.cnnexplorer.training.TrainingHistory.EpochPoint;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnnx inspect RUN --filters}: a saved run's first-layer filters at each epoch, as text and PNG. */
class InspectFiltersTest {

    @TempDir
    Path dir;

    /** A LeNet-5 run of two epochs whose c1 weights are {@code epoch + i / 1000} (no model: none is read). */
    private Path lenetRun() throws Exception {
        TrainingSettings settings = new TrainingSettings("mnist", 2, 64, Optimizer.ADAM, 1e-3,
                LearningRateSchedule.CONSTANT, 256, 64, 7, null);
        TrainingRun run = new TrainingRun(ModelCatalog.load("lenet5"), settings, List.of(),
                List.of(new EpochPoint(1, 0.5, 0.6), new EpochPoint(2, 0.7, 0.8)), null, Instant.now());
        FirstLayerFilters filters = new FirstLayerFilters("c1", new FirstLayerFilters.Geometry(6, 1, 5, 5),
                List.of());
        for (int epoch = 0; epoch <= 2; epoch++) {
            float[] w = new float[150];
            for (int i = 0; i < w.length; i++) {
                w[i] = epoch + i / 1000f;
            }
            filters = filters.with(new FilterSnapshot(epoch, w));
        }
        Path file = dir.resolve("lenet.cnnrun");
        RunFiles.write(file, run, filters, null);
        return file;
    }

    @Test
    void printsOneLinePerEpochAndTheWeightsOfTheChosenEpoch() throws Exception {
        MainTest.Run run = MainTest.run("inspect", lenetRun().toString(), "--filters", "--epoch", "1");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("lenet5: trained 2 epochs on MNIST, test accuracy 0.800\n"
                + "first convolution c1: 6 x 1 x 5 x 5 weights (out x in x kh x kw), kept at epochs 0, 1, 2\n"
                + " epoch        min        max   mean |w|  mean |w - w0|\n"
                + "     0     0.0000     0.1490     0.0745         0.0000\n"
                + "     1     1.0000     1.1490     1.0745         1.0000\n"), run.out());
        assertTrue(run.out().contains("weights of c1 after epoch 1 (epoch 0: the initial random weights):\n"
                + "filter 0, input channel 0:\n    1.0000   1.0010   1.0020   1.0030   1.0040\n"), run.out());
        assertTrue(run.out().contains("filter 5, input channel 0:\n"), run.out());
    }

    @Test
    void writesTheTilesAsAPng() throws Exception {
        Path png = dir.resolve("c1.png");
        MainTest.Run run = MainTest.run("inspect", lenetRun().toString(), "--filters", "--png", png.toString(),
                "--scale", "shared");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().endsWith("wrote " + png + ": 6 filters as tiles, 8 pixels a weight, all filters on one"
                + " scale, the largest |w| of the epoch (mid grey = 0)\n"), run.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(3 * (5 * 8 + 1) + 1, image.getWidth(), "three columns of six tiles");
        assertEquals(2 * (5 * 8 + 1) + 1, image.getHeight());
    }

    @Test
    void anEpochNotKeptAndABadScaleAreNamed() throws Exception {
        Path file = lenetRun();
        MainTest.Run run = MainTest.run("inspect", file.toString(), "--filters", "--epoch", "7");
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals("cnnx: no filter snapshot of epoch 7 in this run; it kept epochs 0, 1, 2\n", run.err());
        run = MainTest.run("inspect", file.toString(), "--filters", "--scale", "max");
        assertEquals("cnnx: --scale: unknown filter scale 'max'; use filter or shared\n", run.err());
    }
}
