package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partial CIFAR-10 copy in ../shared/datasets: 4,000 train and 1,000 test records. */
class CifarFilesTest {

    @Test
    void partialTrainBatchIsCountedFromTheFileSize() throws DataException {
        ImageSet train = Datasets.load(DatasetId.CIFAR10, Split.TRAIN, RealData.shared());

        assertEquals(4000, train.count());
        assertEquals(3 * 32 * 32, train.imageSize());
        assertArrayEquals(new int[] {6, 9, 9, 4, 1, 1, 2, 7, 8, 3}, RealData.firstLabels(train, 10));
        assertEquals(1_481_085_868L, RealData.pixelSum(train));
        assertEquals(1, train.files().size());
    }

    @Test
    void pixelsAreRedGreenBluePlanes() throws DataException {
        ImageSet train = Datasets.load(DatasetId.CIFAR10, Split.TRAIN, RealData.shared());

        assertEquals(59, train.pixel(0, 0, 0, 0));
        assertEquals(62, train.pixel(0, 1, 0, 0));
        assertEquals(63, train.pixel(0, 2, 0, 0));
        assertEquals(77, train.pixel(0, 1, 5, 7));
    }

    @Test
    void testBatchStartsWithACatAndTwoShips() throws DataException {
        ImageSet test = Datasets.load(DatasetId.CIFAR10, Split.TEST, RealData.shared());
        List<String> names = DatasetId.CIFAR10.classNames();

        assertEquals(1000, test.count());
        assertEquals(List.of("cat", "ship", "ship", "airplane"), List.of(names.get(test.label(0)),
                names.get(test.label(1)), names.get(test.label(2)), names.get(test.label(3))));
        assertEquals(374_560_331L, RealData.pixelSum(test));
    }

    @Test
    void classNamesAgreeWithTheMetaFileShippedWithTheData() throws IOException {
        RealData.shared();
        List<String> meta = Files.readAllLines(RealData.SHARED.resolve("cifar-10-batches-bin/batches.meta.txt"))
                .stream().filter(line -> !line.isBlank()).toList();

        assertEquals(meta, DatasetId.CIFAR10.classNames());
    }
}
