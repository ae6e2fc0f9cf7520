package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The real MNIST files from ../shared/datasets, byte-identical to the official ones. */
class MnistFilesTest {

    @Test
    void trainSplitHas60000DigitsStartingWithTheKnownLabels() throws DataException {
        ImageSet train = Datasets.load(DatasetId.MNIST, Split.TRAIN, RealData.shared());

        assertEquals(60_000, train.count());
        assertEquals(1 * 28 * 28, train.imageSize());
        assertArrayEquals(new int[] {5, 0, 4, 1, 9, 2, 1, 3, 1, 4}, RealData.firstLabels(train, 10));
        assertArrayEquals(new int[] {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949},
                train.labelCounts());
        assertEquals(1_567_298_545L, RealData.pixelSum(train));
    }

    @Test
    void testSplitHas10000DigitsStartingWithTheKnownLabels() throws DataException {
        ImageSet test = Datasets.load(DatasetId.MNIST, Split.TEST, RealData.shared());

        assertEquals(10_000, test.count());
        assertArrayEquals(new int[] {7, 2, 1, 0, 4, 1, 4, 9, 5, 9}, RealData.firstLabels(test, 10));
        assertEquals(264_923_200L, RealData.pixelSum(test));
        assertEquals(Split.TEST, test.split());
        assertEquals("t10k-images-idx3-ubyte.gz", test.files().get(0).getFileName().toString());
    }

    @Test
    void sharedFilesHaveTheOfficialChecksumsTheDownloaderExpects() throws DataException {
        for (RemoteFile file : OfficialSources.files(DatasetId.MNIST)) {
            assertEquals(file.md5(), Checksums.md5(RealData.shared().searchPath().get(0).resolve("mnist")
                    .resolve(file.name())), file.name());
        }
    }

    @Test
    void bothSplitsArePresentWithoutLoading() {
        assertEquals(true, Datasets.isPresent(DatasetId.MNIST, RealData.shared()));
    }
}
