package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Real MNIST files: the committed fixture (the first 1,000 train and 200 test images of the official
 * files) always; the full official files from ../shared/datasets where they are, skipped otherwise.
 */
class MnistFilesTest {

    @Test
    void fixtureTrainSplitHoldsTheFirst1000DigitsWithTheOfficialLabels() throws DataException {
        ImageSet train = Datasets.load(DatasetId.MNIST, Split.TRAIN, TestData.fixtures());

        assertEquals(1000, train.count());
        assertEquals(1 * 28 * 28, train.imageSize());
        assertArrayEquals(new int[] {5, 0, 4, 1, 9, 2, 1, 3, 1, 4}, TestData.firstLabels(train, 10));
        assertArrayEquals(new int[] {97, 116, 99, 93, 105, 92, 94, 117, 87, 100}, train.labelCounts());
        assertEquals(25_637_533L, TestData.pixelSum(train));
    }

    @Test
    void fixtureTestSplitHolds200DigitsStartingWithTheKnownLabels() throws DataException {
        ImageSet test = Datasets.load(DatasetId.MNIST, Split.TEST, TestData.fixtures());

        assertEquals(200, test.count());
        assertArrayEquals(new int[] {7, 2, 1, 0, 4, 1, 4, 9, 5, 9}, TestData.firstLabels(test, 10));
        assertEquals(4_757_429L, TestData.pixelSum(test));
        assertEquals(Split.TEST, test.split());
        assertEquals("t10k-images-idx3-ubyte.gz", test.files().get(0).getFileName().toString());
    }

    @Test
    void bothSplitsOfTheFixtureArePresentWithoutLoading() {
        assertTrue(Datasets.isPresent(DatasetId.MNIST, TestData.fixtures()));
    }

    @Test
    void fullTrainSplitHas60000DigitsStartingWithTheFixturesImages() throws DataException {
        ImageSet train = Datasets.load(DatasetId.MNIST, Split.TRAIN, TestData.shared());
        ImageSet fixture = Datasets.load(DatasetId.MNIST, Split.TRAIN, TestData.fixtures());

        assertEquals(60_000, train.count());
        assertArrayEquals(new int[] {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949},
                train.labelCounts());
        assertEquals(1_567_298_545L, TestData.pixelSum(train));
        assertEquals(TestData.pixelSum(fixture), TestData.pixelSum(train.select(firstIndices(1000))));
    }

    @Test
    void fullTestSplitHas10000Digits() throws DataException {
        ImageSet test = Datasets.load(DatasetId.MNIST, Split.TEST, TestData.shared());

        assertEquals(10_000, test.count());
        assertArrayEquals(new int[] {7, 2, 1, 0, 4, 1, 4, 9, 5, 9}, TestData.firstLabels(test, 10));
        assertEquals(264_923_200L, TestData.pixelSum(test));
    }

    @Test
    void fullFilesHaveTheOfficialChecksumsTheDownloaderExpects() throws DataException {
        DataDirectories shared = TestData.shared();
        for (RemoteFile file : OfficialSources.files(DatasetId.MNIST)) {
            assertEquals(file.md5(), Checksums.md5(shared.searchPath().get(0).resolve("mnist")
                    .resolve(file.name())), file.name());
        }
    }

    private static int[] firstIndices(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }
}
