package org.cnnexplorer.dl4j.session;

/**
 * The outcome of running a network over an image set: accuracy, mean cross-entropy loss, the
 * confusion matrix ({@code confusion[true][predicted]}), and each image's prediction and
 * confidence (the predicted class's probability).
 */
record Evaluation(double accuracy, double loss, int[][] confusion, int[] predicted, float[] confidence) {
}
