package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The real Fashion-MNIST files from Debian's dataset-fashion-mnist package. */
class FashionMnistFilesTest {

    @Test
    void trainSplitHas6000ImagesOfEachClassStartingWithAnAnkleBoot() throws DataException {
        ImageSet train = Datasets.load(DatasetId.FASHION_MNIST, Split.TRAIN, TestData.system());

        assertEquals(60_000, train.count());
        assertArrayEquals(new int[] {9, 0, 0, 3, 0, 2, 7, 2, 5, 5}, TestData.firstLabels(train, 10));
        assertEquals("Ankle boot", DatasetId.FASHION_MNIST.classNames().get(train.label(0)));
        assertArrayEquals(new int[] {6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000},
                train.labelCounts());
        assertEquals(3_431_114_169L, TestData.pixelSum(train));
    }

    @Test
    void testSplitHas1000ImagesOfEachClass() throws DataException {
        ImageSet test = Datasets.load(DatasetId.FASHION_MNIST, Split.TEST, TestData.system());

        assertEquals(10_000, test.count());
        assertArrayEquals(new int[] {9, 2, 1, 1, 6, 1, 4, 6, 5, 7}, TestData.firstLabels(test, 10));
        assertEquals(573_469_082L, TestData.pixelSum(test));
    }
}
