package org.cnnexplorer.dl4j.session;

import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.data.ImageSet;
import org.cnnexplorer.training.MemoryUse;
import org.cnnexplorer.training.TrainingResult;
import org.cnnexplorer.training.TrainingResult.Prediction;

/**
 * The final {@link TrainingResult} of a run: the test evaluation plus a grid of sample predictions
 * and the memory figures.
 */
final class ResultBuilder {

    /** Test images shown in the prediction grid. */
    static final int SAMPLES = 36;

    private ResultBuilder() {
    }

    static TrainingResult build(Evaluation test, ImageSet images, double finalLoss, double seconds,
                                double imagesPerSecond, long seed, MemoryUse memory) {
        return new TrainingResult(test.accuracy(), finalLoss, test.confusion(), images.dataset().classNames(),
                samples(test, images, seed), seconds, imagesPerSecond, memory);
    }

    private static List<Prediction> samples(Evaluation test, ImageSet images, long seed) {
        int[] order = images.shuffledOrder(seed);
        List<Prediction> samples = new ArrayList<>();
        for (int k = 0; k < Math.min(SAMPLES, order.length); k++) {
            int i = order[k];
            byte[] pixels = new byte[images.imageSize()];
            images.copyImage(i, pixels, 0);
            samples.add(new Prediction(i, images.label(i), test.predicted()[i], test.confidence()[i],
                    images.channels(), images.height(), images.width(), pixels));
        }
        return samples;
    }
}
