package org.cnnexplorer.dl4j.session;

import org.cnnexplorer.data.ImageSet;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Runs a trained graph over an image set in inference mode, batch by batch. */
final class Evaluator {

    private static final float TINY = 1e-12f;

    private Evaluator() {
    }

    /** Evaluates every image of {@code batches}, {@code batchSize} at a time. */
    static Evaluation evaluate(ComputationGraph graph, ImageBatches batches, int batchSize) {
        ImageSet images = batches.images();
        int classes = images.dataset().classes();
        int count = images.count();
        int[] order = ImageBatches.identity(count);
        int[] predicted = new int[count];
        float[] confidence = new float[count];
        int[][] confusion = new int[classes][classes];
        double lossSum = 0;
        int correct = 0;
        for (int from = 0; from < count; from += batchSize) {
            int to = Math.min(count, from + batchSize);
            float[] probabilities = probabilities(graph, batches.features(order, from, to));
            for (int i = from; i < to; i++) {
                int row = (i - from) * classes;
                int best = argmax(probabilities, row, classes);
                int truth = images.label(i);
                predicted[i] = best;
                confidence[i] = probabilities[row + best];
                confusion[truth][best]++;
                correct += best == truth ? 1 : 0;
                lossSum -= Math.log(Math.max(probabilities[row + truth], TINY));
            }
        }
        return new Evaluation(count == 0 ? Double.NaN : (double) correct / count, lossSum / Math.max(count, 1),
                confusion, predicted, confidence);
    }

    private static float[] probabilities(ComputationGraph graph, INDArray features) {
        INDArray output = graph.outputSingle(false, features);
        try (INDArray contiguous = output.dup('c')) {
            return contiguous.data().asFloat();
        }
    }

    private static int argmax(float[] values, int from, int length) {
        int best = 0;
        for (int k = 1; k < length; k++) {
            if (values[from + k] > values[from + best]) {
                best = k;
            }
        }
        return best;
    }
}
