package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.dl4j.TestRuns;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.training.ImageResize;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;
import org.cnnexplorer.training.TrainingState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * AlexNet, refused on 28x28 images, trains once they are resized to the 63x63 it runs from: 512
 * Fashion-MNIST images (Debian's copy), resized bilinearly in the batch pipeline for training and
 * evaluation alike, two epochs of Adam at 1e-4, reach about 0.58 test accuracy on 300 test images
 * (chance is 0.1). Slow: AlexNet's 57 M parameters cost about a minute of CPU on two cores.
 */
class ResizedTrainingTest {

    private static final Path SYSTEM = Path.of("/usr/share/datasets");

    @Test
    @Tag("slow")
    void alexNetTrainsOnFashionMnistResizedToItsMinimumAndBeatsChance() throws Exception {
        assertTrue(Files.isDirectory(SYSTEM.resolve("fashion-mnist")),
                "Fashion-MNIST is missing: sudo apt-get install -y dataset-fashion-mnist");
        TrainingSettings settings = new TrainingSettings("fashion-mnist", 2, 32, Optimizer.ADAM, 1e-4,
                LearningRateSchedule.CONSTANT, 512, 300, 42, SYSTEM, ImageResize.MINIMUM);
        TrainingSession session = TrainingBackend.discover().create(ModelCatalog.load("alexnet"), settings);
        List<TrainingEvent> events = TestRuns.record(session);
        session.start();
        assertTrue(session.await(900_000), "the run did not end within 15 minutes: " + session.state());
        assertEquals(TrainingState.FINISHED, session.state(), events.toString());
        double accuracy = TestRuns.only(events, TrainingEvent.Finished.class).get(0).result().testAccuracy();
        assertTrue(accuracy > 0.2, "test accuracy " + accuracy);
    }
}
