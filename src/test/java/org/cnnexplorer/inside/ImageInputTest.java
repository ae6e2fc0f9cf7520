package org.cnnexplorer.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.data.Normalization;
import org.cnnexplorer.training.TrainingHistory;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images of any size and colour become the network's input; the weights are always labelled. */
class ImageInputTest {

    @Test
    void aColourImageBecomesGreyAtTheNetworksSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("white.png");
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                image.setRGB(x, y, 0xffffff);
            }
        }
        ImageIO.write(image, "png", file.toFile());
        ImageInput input = ImageInput.read(file, Shape.of(1, 28, 28), new Normalization(new float[] {0.5f},
                new float[] {0.25f}));
        assertEquals("resized 640x480 -> 28x28, RGB to grey", input.description());
        assertEquals(28 * 28, input.values().length);
        assertEquals(1f, input.pixels()[100], 1e-5);
        assertEquals(2f, input.values()[100], 1e-4, "(1 - 0.5) / 0.25");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("none.jpg");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageInput.read(missing, Shape.of(3, 32, 32), Normalization.scaleOnly(3)));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void weightsAreLabelled() {
        TrainingSettings settings = new TrainingSettings("mnist", 3, 64, Optimizer.ADAM, 1e-3,
                LearningRateSchedule.CONSTANT, 0, 0, 1, null);
        List<TrainingHistory.EpochPoint> epochs = List.of(new TrainingHistory.EpochPoint(1, 0.9, 0.95),
                new TrainingHistory.EpochPoint(2, 0.97, 0.98), new TrainingHistory.EpochPoint(3, 0.99, 0.991));
        TrainingRun run = new TrainingRun(null, settings, List.of(), epochs, null, Instant.EPOCH);
        assertEquals("trained 3 epochs on MNIST, test accuracy 0.991", WeightsLabel.of(run));
        assertEquals("untrained: random weights", WeightsLabel.untrained());
    }
}
