package org.cnnexplorer.training;

import java.util.List;

/**
 * The final evaluation of a run: test accuracy and loss, the confusion matrix
 * ({@code confusion[true][predicted]}), the class names, a sample of test predictions for the
 * image grid, the timing, and the memory predicted and measured ({@link MemoryUse}).
 */
public record TrainingResult(double testAccuracy, double finalLoss, int[][] confusion, List<String> classNames,
                             List<Prediction> samples, double seconds, double imagesPerSecond, MemoryUse memory) {

    public TrainingResult {
        classNames = List.copyOf(classNames);
        samples = List.copyOf(samples);
        memory = memory == null ? MemoryUse.NOT_RECORDED : memory;
    }

    /** A result whose memory was not recorded. */
    public TrainingResult(double testAccuracy, double finalLoss, int[][] confusion, List<String> classNames,
                          List<Prediction> samples, double seconds, double imagesPerSecond) {
        this(testAccuracy, finalLoss, confusion, classNames, samples, seconds, imagesPerSecond,
                MemoryUse.NOT_RECORDED);
    }

    /**
     * One test image with its true and predicted class. {@code pixels} are the image bytes in
     * CHW order ({@code channels x height x width}), for drawing.
     */
    public record Prediction(int index, int trueLabel, int predictedLabel, double confidence, int channels,
                             int height, int width, byte[] pixels) {
    }
}
