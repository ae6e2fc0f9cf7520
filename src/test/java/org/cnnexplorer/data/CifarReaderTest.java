package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CIFAR-10 binary batches, good and damaged. */
class CifarReaderTest {

    @TempDir
    Path dir;

    private Path batch(String name, byte[] data) {
        return Fixtures.write(dir.resolve("cifar-10-batches-bin").resolve(name), data);
    }

    private String failure() {
        return assertThrows(DataException.class,
                () -> Datasets.load(DatasetId.CIFAR10, Split.TRAIN, DataDirectories.only(dir))).getMessage();
    }

    @Test
    void trainBatchesPresentAreReadInOrder() throws DataException {
        Path first = batch("data_batch_1.bin", Fixtures.cifarRecords(3, 4));
        Path third = batch("data_batch_3.bin", Fixtures.cifarRecords(9));

        ImageSet train = Datasets.load(DatasetId.CIFAR10, Split.TRAIN, DataDirectories.only(dir));

        assertEquals(List.of(first, third), train.files());
        assertEquals(3, train.count());
        assertEquals(9, train.label(2));
        assertEquals(1 + 2, train.pixel(1, 2, 31, 31));
    }

    @Test
    void sizeThatIsNotAMultipleOfTheRecordSizeNamesFileAndSize() {
        batch("data_batch_1.bin", Arrays.copyOf(Fixtures.cifarRecords(1, 2), 3073 + 1000));

        String message = failure();

        assertTrue(message.contains("data_batch_1.bin: size 4073 bytes is not a whole number of CIFAR-10 records"
                + " (3073 bytes each"), message);
    }

    @Test
    void emptyBatchIsRejected() {
        batch("data_batch_1.bin", new byte[0]);

        assertTrue(failure().contains("size 0 bytes"));
    }

    @Test
    void labelOutOfRangeNamesTheRecord() {
        batch("data_batch_1.bin", Fixtures.cifarRecords(0, 10));

        assertTrue(failure().contains("data_batch_1.bin: label 10 of record 1 is out of range 0..9"));
    }
}
