package org.cnnexplorer.dl4j.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.cnnexplorer.data.BilinearResize;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.data.ImageSet;
import org.cnnexplorer.data.Normalization;
import org.cnnexplorer.data.Split;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Batches for a network that takes another size than the data set's: each image normalised, then resized. */
class ImageBatchesResizeTest {

    @Test
    void featuresAreTheNormalisedImagesResizedBilinearly() {
        int size = 28 * 28;
        byte[] pixels = new byte[2 * size];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 7);
        }
        ImageSet images = ImageSet.of(DatasetId.MNIST, Split.TEST, List.of(), pixels, new byte[] {3, 5});
        Normalization normalization = Normalization.standard(DatasetId.MNIST);
        ImageBatches batches = new ImageBatches(images, normalization, 10, 63, 50);
        INDArray features = batches.features(new int[] {1, 0}, 0, 2);

        assertArrayEquals(new long[] {2, 1, 63, 50}, features.shape());
        float[] second = new float[size];
        normalization.apply(images, 1, second, 0);
        float[] expected = new BilinearResize(28, 28, 63, 50).apply(second, 1);
        assertArrayEquals(expected, features.get(org.nd4j.linalg.indexing.NDArrayIndex.point(0)).dup('c').data()
                .asFloat(), 1e-6f);
    }
}
