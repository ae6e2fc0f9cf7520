package org.cnnexplorer.training;

import java.util.List;

/**
 * The final evaluation of a run: test accuracy and loss, the confusion matrix
 * ({@code confusion[true][predicted]}), the class names, a sample of test predictions for the
 * image grid, and the timing.
 */
public record TrainingResult(double testAccuracy, double finalLoss, int[][] confusion, List<String> classNames,
                             List<Prediction> samples, double seconds, double imagesPerSecond) {

    public TrainingResult {
        classNames = List.copyOf(classNames);
        samples = List.copyOf(samples);
    }

    /**
     * One test image with its true and predicted class. {@code pixels} are the image bytes in
     * CHW order ({@code channels x height x width}), for drawing.
     */
    public record Prediction(int index, int trueLabel, int predictedLabel, double confidence, int channels,
                             int height, int width, byte[] pixels) {
    }
}
