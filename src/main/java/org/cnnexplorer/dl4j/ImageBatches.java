package org.cnnexplorer.dl4j;

import org.cnnexplorer.data.ImageSet;
import org.cnnexplorer.data.Normalization;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Turns images of an {@link ImageSet} into ND4J mini-batches: normalised float features of shape
 * {@code batch x channels x height x width} (NCHW) and one-hot labels.
 */
final class ImageBatches {

    private final ImageSet images;
    private final Normalization normalization;
    private final int classes;

    ImageBatches(ImageSet images, Normalization normalization, int classes) {
        this.images = images;
        this.normalization = normalization;
        this.classes = classes;
    }

    /** Mini-batches of that size in one pass (the last may be smaller). */
    int batchCount(int batchSize) {
        return (images.count() + batchSize - 1) / batchSize;
    }

    ImageSet images() {
        return images;
    }

    /** The images {@code order[from] .. order[to - 1]} as one batch. */
    DataSet batch(int[] order, int from, int to) {
        return new DataSet(features(order, from, to), labels(order, from, to));
    }

    INDArray features(int[] order, int from, int to) {
        int size = images.imageSize();
        float[] values = new float[(to - from) * size];
        for (int i = from; i < to; i++) {
            normalization.apply(images, order[i], values, (i - from) * size);
        }
        return Nd4j.create(values, new long[] {to - from, images.channels(), images.height(), images.width()}, 'c');
    }

    private INDArray labels(int[] order, int from, int to) {
        float[] oneHot = new float[(to - from) * classes];
        for (int i = from; i < to; i++) {
            oneHot[(i - from) * classes + images.label(order[i])] = 1f;
        }
        return Nd4j.create(oneHot, new long[] {to - from, classes}, 'c');
    }

    /** {@code 0, 1, ..., count - 1}: the images in their stored order. */
    static int[] identity(int count) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        return order;
    }
}
