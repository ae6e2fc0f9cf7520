package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real CIFAR-10 batches: the committed fixture (the first 300 records of data_batch_1.bin and 100 of
 * test_batch.bin, no other train batch) always; the partial copy in ../shared/datasets (4,000 and
 * 1,000 records) where it is, skipped otherwise.
 */
class CifarFilesTest {

    @Test
    void lonePartialTrainBatchIsAcceptedAndCountedFromItsSize() throws DataException {
        ImageSet train = Datasets.load(DatasetId.CIFAR10, Split.TRAIN, TestData.fixtures());

        assertEquals(300, train.count());
        assertEquals(3 * 32 * 32, train.imageSize());
        assertArrayEquals(new int[] {6, 9, 9, 4, 1, 1, 2, 7, 8, 3}, TestData.firstLabels(train, 10));
        assertEquals(110_497_479L, TestData.pixelSum(train));
        assertEquals(1, train.files().size());
    }

    @Test
    void pixelsAreRedGreenBluePlanes() throws DataException {
        ImageSet train = Datasets.load(DatasetId.CIFAR10, Split.TRAIN, TestData.fixtures());

        assertEquals(59, train.pixel(0, 0, 0, 0));
        assertEquals(62, train.pixel(0, 1, 0, 0));
        assertEquals(63, train.pixel(0, 2, 0, 0));
        assertEquals(77, train.pixel(0, 1, 5, 7));
    }

    @Test
    void testBatchStartsWithACatAndTwoShips() throws DataException {
        ImageSet test = Datasets.load(DatasetId.CIFAR10, Split.TEST, TestData.fixtures());
        List<String> names = DatasetId.CIFAR10.classNames();

        assertEquals(100, test.count());
        assertEquals(List.of("cat", "ship", "ship", "airplane"), List.of(names.get(test.label(0)),
                names.get(test.label(1)), names.get(test.label(2)), names.get(test.label(3))));
        assertEquals(36_949_839L, TestData.pixelSum(test));
    }

    @Test
    void classNamesAgreeWithTheMetaFileShippedWithTheData() throws IOException {
        List<String> meta = Files.readAllLines(TestData.fixturesDir().resolve("cifar-10-batches-bin/batches.meta.txt"))
                .stream().filter(line -> !line.isBlank()).toList();

        assertEquals(meta, DatasetId.CIFAR10.classNames());
    }

    @Test
    void sharedPartialCopyHas4000TrainAnd1000TestRecords() throws DataException {
        DataDirectories shared = TestData.shared();
        ImageSet train = Datasets.load(DatasetId.CIFAR10, Split.TRAIN, shared);
        ImageSet test = Datasets.load(DatasetId.CIFAR10, Split.TEST, shared);

        assertEquals(4000, train.count());
        assertEquals(1_481_085_868L, TestData.pixelSum(train));
        assertEquals(1000, test.count());
        assertEquals(374_560_331L, TestData.pixelSum(test));
        assertEquals(110_497_479L, TestData.pixelSum(train.select(
                java.util.stream.IntStream.range(0, 300).toArray())), "the fixture is its first 300 records");
    }
}
