package org.cnnexplorer.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.i18n.Messages;

/**
 * Reads the CIFAR-10 binary format: records of 1 label byte and 3,072 pixel bytes (the red, green
 * and blue 32x32 planes, already channel-major). The record count comes from the file size, so
 * shortened files (such as the partial copies used offline) are read whole; a size that is not a
 * whole number of records is damage. The format has no checksum: a flipped pixel cannot be seen.
 */
final class CifarReader {

    static final int IMAGE_BYTES = 3 * 32 * 32;
    static final int RECORD_BYTES = 1 + IMAGE_BYTES;

    private CifarReader() {
    }

    /** Reads {@code files} in order into one image set. */
    static ImageSet read(Split split, List<Path> files) throws DataException {
        int[] counts = new int[files.size()];
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = recordCount(files.get(i));
            total += counts[i];
        }
        if (total > Integer.MAX_VALUE / IMAGE_BYTES) {
            throw DataException.inFile(files.get(0), Messages.text("data.cifar.tooMany", total));
        }
        byte[] labels = new byte[(int) total];
        byte[] pixels = new byte[labels.length * IMAGE_BYTES];
        int first = 0;
        for (int i = 0; i < counts.length; i++) {
            readFile(files.get(i), counts[i], first, labels, pixels);
            first += counts[i];
        }
        return ImageSet.wrap(DatasetId.CIFAR10, split, files, pixels, labels);
    }

    static int recordCount(Path file) throws DataException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw DataFiles.failure(file, e);
        }
        if (size == 0 || size % RECORD_BYTES != 0) {
            throw DataException.damaged(file, Messages.text("data.cifar.size", size, RECORD_BYTES), DatasetId.CIFAR10);
        }
        return Math.toIntExact(size / RECORD_BYTES);
    }

    private static void readFile(Path file, int count, int first, byte[] labels, byte[] pixels)
            throws DataException {
        byte[] record = new byte[RECORD_BYTES];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (int r = 0; r < count; r++) {
                if (in.readNBytes(record, 0, RECORD_BYTES) < RECORD_BYTES) {
                    throw DataException.damaged(file, Messages.text("data.cifar.truncated", r),
                            DatasetId.CIFAR10);
                }
                int label = record[0] & 0xFF;
                if (label >= DatasetId.CIFAR10.classes()) {
                    throw DataException.damaged(file, Messages.text("data.cifar.label", label, r),
                            DatasetId.CIFAR10);
                }
                labels[first + r] = (byte) label;
                System.arraycopy(record, 1, pixels, (first + r) * IMAGE_BYTES, IMAGE_BYTES);
            }
        } catch (IOException e) {
            throw DataFiles.failure(file, e);
        }
    }
}
