package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of the real fixture files, damaged: every flipped byte in a deflate stream and every cut is
 * reported with the file's name and how to get it again, never trained on.
 */
class DamagedDataFilesTest {

    private static final String ADVICE_MNIST = "; download it again with `bin/cnnx download mnist`";

    @TempDir
    Path dir;

    private Path mnist;

    private Path mnistFile(String name) {
        mnist = TestData.copyFixture(DatasetId.MNIST, dir);
        return mnist.resolve(name);
    }

    private String failure(DatasetId dataset, Split split, Path folder) {
        return assertThrows(DataException.class, () -> Datasets.read(dataset, split, folder)).getMessage();
    }

    private static void flip(Path file, int position) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[position] ^= 0x10;
        Files.write(file, bytes);
    }

    @Test
    void flippedByteThatLengthensTheUnpackedDataIsCaughtByTheTrailersChecksum() throws IOException {
        // At this offset the damaged stream still inflates, to 2 bytes more than the header announces:
        // the reader stopped after the last image and never reached the CRC-32 in the trailer.
        Path images = mnistFile("train-images-idx3-ubyte.gz");
        flip(images, 3253);

        String message = failure(DatasetId.MNIST, Split.TRAIN, mnist);

        assertEquals(images + ": corrupt: the unpacked data does not match the CRC-32 and length in its gzip trailer"
                + ADVICE_MNIST, message);
    }

    @Test
    void everyFlippedByteInTheMiddleOfTheDeflateStreamIsReported() throws IOException {
        Path images = mnistFile("train-images-idx3-ubyte.gz");
        byte[] good = Files.readAllBytes(images);
        for (int position = good.length / 4; position < good.length * 3 / 4; position += good.length / 97) {
            byte[] bad = good.clone();
            bad[position] ^= 0x10;
            Files.write(images, bad);

            String message = failure(DatasetId.MNIST, Split.TRAIN, mnist);

            assertTrue(message.startsWith(images + ": ") && message.endsWith(ADVICE_MNIST),
                    "byte " + position + ": " + message);
        }
    }

    @Test
    void corruptLabelFileIsReportedToo() throws IOException {
        Path labels = mnistFile("t10k-labels-idx1-ubyte.gz");
        byte[] bytes = Files.readAllBytes(labels);
        flip(labels, bytes.length - 6);

        String message = failure(DatasetId.MNIST, Split.TEST, mnist);

        assertTrue(message.startsWith(labels + ": corrupt"), message);
    }

    @Test
    void fileCutInHalfIsTruncated() throws IOException {
        Path images = mnistFile("t10k-images-idx3-ubyte.gz");
        byte[] bytes = Files.readAllBytes(images);
        Files.write(images, Arrays.copyOf(bytes, bytes.length / 2));

        String message = failure(DatasetId.MNIST, Split.TEST, mnist);

        assertTrue(message.startsWith(images + ": truncated: header says 200 images of 28x28 but the file ends after "),
                message);
        assertTrue(message.endsWith(ADVICE_MNIST), message);
    }

    @Test
    void fileCutInsideItsGzipTrailerIsTruncated() throws IOException {
        Path images = mnistFile("t10k-images-idx3-ubyte.gz");
        byte[] bytes = Files.readAllBytes(images);
        Files.write(images, Arrays.copyOf(bytes, bytes.length - 3));

        String message = failure(DatasetId.MNIST, Split.TEST, mnist);

        assertEquals(images + ": truncated: the gzip data ends before its checksum" + ADVICE_MNIST, message);
    }

    @Test
    void fileHoldingMoreImagesThanItsHeaderSaysIsRefused() throws IOException {
        Path images = mnistFile("t10k-images-idx3-ubyte.gz");
        byte[] unpacked = Fixtures.idxImages(IdxReader.IMAGES_MAGIC, 201, 28, 28);
        java.nio.ByteBuffer.wrap(unpacked).putInt(4, 200);
        Files.write(images, Fixtures.gzip(unpacked));

        String message = failure(DatasetId.MNIST, Split.TEST, mnist);

        assertEquals(images + ": 784 bytes more than its header says (200 images of 28x28)" + ADVICE_MNIST, message);
    }

    @Test
    void cifarBatchCutInsideARecordNamesTheFileAndHowToGetItAgain() throws IOException {
        Path cifar = TestData.copyFixture(DatasetId.CIFAR10, dir);
        Path test = cifar.resolve("test_batch.bin");
        byte[] bytes = Files.readAllBytes(test);
        Files.write(test, Arrays.copyOf(bytes, bytes.length - 1000));

        String message = failure(DatasetId.CIFAR10, Split.TEST, cifar);

        assertEquals(test + ": size 306300 bytes is not a whole number of CIFAR-10 records (3073 bytes each: 1 label"
                + " byte + 3072 pixel bytes); download it again with `bin/cnnx download cifar10`", message);
    }

    @Test
    void undamagedCopiesStillRead() throws DataException {
        mnistFile("train-images-idx3-ubyte.gz");

        assertEquals(1000, Datasets.read(DatasetId.MNIST, Split.TRAIN, mnist).count());
    }
}
