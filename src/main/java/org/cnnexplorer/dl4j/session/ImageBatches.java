package org.cnnexplorer.dl4j.session;

import org.cnnexplorer.data.BilinearResize;
import org.cnnexplorer.data.ImageSet;
import org.cnnexplorer.data.Normalization;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Turns images of an {@link ImageSet} into ND4J mini-batches: normalised float features of shape
 * {@code batch x channels x height x width} (NCHW) and one-hot labels. When the network takes
 * another size than the data set's, each image is resized bilinearly as the batch is made
 * (normalising first is the same as after: the resize is a weighted mean of pixels).
 */
final class ImageBatches {

    private final ImageSet images;
    private final Normalization normalization;
    private final int classes;
    private final int height;
    private final int width;
    private final BilinearResize resize;

    ImageBatches(ImageSet images, Normalization normalization, int classes) {
        this(images, normalization, classes, images.height(), images.width());
    }

    /** Batches of the images resized to {@code height x width} (as they are when that is their size). */
    ImageBatches(ImageSet images, Normalization normalization, int classes, int height, int width) {
        this.images = images;
        this.normalization = normalization;
        this.classes = classes;
        this.height = height;
        this.width = width;
        this.resize = height == images.height() && width == images.width() ? null
                : new BilinearResize(images.height(), images.width(), height, width);
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

    /** Values per image as the network gets it: {@code channels * height * width} after any resize. */
    int featureSize() {
        return images.channels() * height * width;
    }

    INDArray features(int[] order, int from, int to) {
        int size = featureSize();
        float[] values = new float[Math.multiplyExact(to - from, size)];
        float[] original = resize == null ? null : new float[images.imageSize()];
        for (int i = from; i < to; i++) {
            if (resize == null) {
                normalization.apply(images, order[i], values, (i - from) * size);
            } else {
                normalization.apply(images, order[i], original, 0);
                resize.apply(original, 0, images.channels(), values, (i - from) * size);
            }
        }
        return Nd4j.create(values, new long[] {to - from, images.channels(), height, width}, 'c');
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
