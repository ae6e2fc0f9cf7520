package org.cnnexplorer.data;

import static org.cnnexplorer.data.IdxReader.IMAGES_MAGIC;
import static org.cnnexplorer.data.IdxReader.LABELS_MAGIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IDX files, good and damaged: every problem is a DataException naming the file and the fault. */
class IdxReaderTest {

    @TempDir
    Path dir;

    private Path folder;

    private String failure(byte[] images, byte[] labels) {
        folder = dir.resolve("mnist");
        Fixtures.write(folder.resolve("train-images-idx3-ubyte.gz"), images);
        Fixtures.write(folder.resolve("train-labels-idx1-ubyte.gz"), labels);
        return assertThrows(DataException.class, () -> Datasets.read(DatasetId.MNIST, Split.TRAIN, folder))
                .getMessage();
    }

    private static byte[] goodLabels(int count) {
        return Fixtures.gzip(Fixtures.idxLabels(LABELS_MAGIC, new int[count]));
    }

    @Test
    void gzipFilesAreReadImageByImage() throws DataException {
        Fixtures.mnistFolder(dir, 3, 1, 4);

        ImageSet images = Datasets.load(DatasetId.MNIST, Split.TRAIN, DataDirectories.only(dir));

        assertEquals(3, images.count());
        assertEquals(4, images.label(2));
        assertEquals(2 + 28 + 5, images.pixel(2, 0, 1, 5));
    }

    @Test
    void unpackedFilesAreReadLikeGzipOnes() throws DataException {
        Fixtures.write(dir.resolve("mnist/train-images-idx3-ubyte"), Fixtures.idxImages(IMAGES_MAGIC, 2, 28, 28));
        Fixtures.write(dir.resolve("mnist/train-labels-idx1-ubyte"), Fixtures.idxLabels(LABELS_MAGIC, 7, 8));

        ImageSet images = Datasets.read(DatasetId.MNIST, Split.TRAIN, dir.resolve("mnist"));

        assertEquals(8, images.label(1));
        assertEquals(1 + 3, images.pixel(1, 0, 0, 3));
    }

    @Test
    void shortBodyReportsHowManyImagesTheFileHolds() {
        byte[] whole = Fixtures.idxImages(IMAGES_MAGIC, 5, 28, 28);
        byte[] cut = Arrays.copyOf(whole, 16 + 2 * 784 + 100);

        String message = failure(Fixtures.gzip(cut), goodLabels(5));

        assertTrue(message.contains("train-images-idx3-ubyte.gz: truncated: header says 5 images of 28x28 but "
                + "the file ends after 2 images"), message);
    }

    @Test
    void cutOffGzipStreamIsReportedAsTruncated() {
        byte[] gz = Fixtures.gzip(Fixtures.idxImages(IMAGES_MAGIC, 50, 28, 28));

        String message = failure(Arrays.copyOf(gz, gz.length / 2), goodLabels(50));

        assertTrue(message.contains("train-images-idx3-ubyte.gz: truncated"), message);
    }

    @Test
    void labelFileInPlaceOfImagesHasTheWrongMagicNumber() {
        String message = failure(goodLabels(3), goodLabels(3));

        assertTrue(message.contains("train-images-idx3-ubyte.gz: bad magic number 0x00000801 (expected 0x00000803"
                + " for IDX images): this is a label file"), message);
    }

    @Test
    void imageAndLabelCountsMustAgree() {
        String message = failure(Fixtures.gzip(Fixtures.idxImages(IMAGES_MAGIC, 4, 28, 28)), goodLabels(3));

        assertTrue(message.contains("header says 4 images but train-labels-idx1-ubyte.gz has 3 labels"), message);
    }

    @Test
    void garbageNamedGzIsNotGzip() {
        String message = failure("<html>Not Found</html>".getBytes(), goodLabels(3));

        assertTrue(message.contains("train-images-idx3-ubyte.gz: not gzip: it starts with 0x3c 0x68"), message);
    }

    @Test
    void imagesOfAnotherSizeAreRejected() {
        String message = failure(Fixtures.gzip(Fixtures.idxImages(IMAGES_MAGIC, 3, 32, 32)), goodLabels(3));

        assertTrue(message.contains("images are 32x32 but MNIST images are 28x28"), message);
    }

    @Test
    void labelAboveNineIsOutOfRange() {
        byte[] labels = Fixtures.gzip(Fixtures.idxLabels(LABELS_MAGIC, 1, 2, 12));

        String message = failure(Fixtures.gzip(Fixtures.idxImages(IMAGES_MAGIC, 3, 28, 28)), labels);

        assertTrue(message.contains("train-labels-idx1-ubyte.gz: label 12 at index 2 is out of range 0..9"), message);
    }

    @Test
    void fileEndingInsideTheHeaderIsTruncated() {
        String message = failure(Fixtures.gzip(new byte[] {0, 0, 8, 3, 0, 0}), goodLabels(3));

        assertTrue(message.contains("truncated: the file ends inside its 16-byte IDX header"), message);
    }

    @Test
    void absurdLabelCountInACorruptHeaderIsReportedNotAllocated() {
        byte[] header = java.nio.ByteBuffer.allocate(12).putInt(LABELS_MAGIC).putInt(Integer.MAX_VALUE).put(new byte[4])
                .array();

        String message = failure(Fixtures.gzip(Fixtures.idxImages(IMAGES_MAGIC, 3, 28, 28)), Fixtures.gzip(header));

        assertTrue(message.contains("train-labels-idx1-ubyte.gz: truncated: header says 2147483647 labels but the"
                + " file ends after 4"), message);
    }
}
