package org.cnnexplorer.data;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.i18n.Messages;

/**
 * Reads MNIST-style IDX files (gzip or plain): an image file (magic 0x00000803, count, rows,
 * columns, then one unsigned byte per pixel, row by row) and a label file (magic 0x00000801,
 * count, then one byte per label). See http://yann.lecun.com/exdb/mnist/. Each file is read to its
 * very end, so a gzip file's trailer (CRC-32 and length) is always checked and a file holding more
 * than its header says is refused: damage anywhere in a file is reported, not trained on.
 */
final class IdxReader {

    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;

    private IdxReader() {
    }

    static ImageSet read(DatasetId dataset, Split split, Path imagesFile, Path labelsFile) throws DataException {
        byte[] labels = readLabels(labelsFile, dataset);
        byte[] pixels = readImages(imagesFile, dataset, labels.length, labelsFile);
        return ImageSet.wrap(dataset, split, List.of(imagesFile, labelsFile), pixels, labels);
    }

    private static byte[] readLabels(Path file, DatasetId dataset) throws DataException {
        try (InputStream in = DataFiles.open(file)) {
            int count = header(in, file, dataset, LABELS_MAGIC, "labels", 8)[0];
            byte[] labels = DataFiles.readAtMost(in, count); // grows as it reads: a corrupt count allocates nothing
            if (labels.length < count) {
                throw DataException.damaged(file, Messages.text("data.idx.truncatedLabels", count, labels.length),
                        dataset);
            }
            checkEnd(in, file, dataset, Messages.text("data.idx.labels", count));
            checkRange(file, dataset, labels);
            return labels;
        } catch (IOException e) {
            throw DataFiles.failure(file, e, dataset);
        }
    }

    private static byte[] readImages(Path file, DatasetId dataset, int labelCount, Path labelsFile)
            throws DataException {
        try (InputStream in = DataFiles.open(file)) {
            int[] header = header(in, file, dataset, IMAGES_MAGIC, "images", 16);
            int count = header[0];
            String size = header[1] + "x" + header[2];
            if (header[1] != dataset.height() || header[2] != dataset.width()) {
                throw DataException.inFile(file, Messages.text("data.idx.imageSize", size, dataset.displayName(),
                        dataset.height() + "x" + dataset.width()));
            }
            if (count != labelCount) {
                throw DataException.inFile(file,
                        Messages.text("data.idx.countMismatch", count, labelsFile.getFileName(), labelCount));
            }
            byte[] pixels = new byte[Math.multiplyExact(count, header[1] * header[2])];
            int done = DataFiles.readUpTo(in, pixels);
            if (done < pixels.length) {
                throw DataException.damaged(file, Messages.text("data.idx.truncatedImages", count, size,
                        done / (header[1] * header[2])), dataset);
            }
            checkEnd(in, file, dataset, Messages.text("data.idx.imagesOf", count, size));
            return pixels;
        } catch (IOException e) {
            throw DataFiles.failure(file, e, dataset);
        }
    }

    /** Reads on to the end of the file (checking a gzip trailer); nothing may follow what the header announced. */
    private static void checkEnd(InputStream in, Path file, DatasetId dataset, String announced)
            throws IOException, DataException {
        long extra = DataFiles.drain(in);
        if (extra > 0) {
            throw DataException.damaged(file, Messages.text("data.idx.extra", extra, announced),
                    dataset);
        }
    }

    /** Checks the magic number and returns the dimensions that follow it (count first). */
    private static int[] header(InputStream in, Path file, DatasetId dataset, int magic, String kind, int bytes)
            throws IOException, DataException {
        DataInputStream data = new DataInputStream(in);
        try {
            int found = data.readInt();
            if (found != magic) {
                throw DataException.inFile(file, Messages.text("data.idx.magic", String.format("%08x", found),
                        String.format("%08x", magic), kind,
                        found == LABELS_MAGIC ? Messages.text("data.idx.isLabels")
                                : found == IMAGES_MAGIC ? Messages.text("data.idx.isImages") : ""));
            }
            int[] dims = new int[bytes / 4 - 1];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = data.readInt();
                if (dims[i] <= 0) {
                    throw DataException.inFile(file, Messages.text("data.idx.dim", dims[i]));
                }
            }
            return dims;
        } catch (EOFException e) {
            throw DataException.damaged(file, Messages.text("data.idx.header", bytes),
                    dataset, e);
        }
    }

    private static void checkRange(Path file, DatasetId dataset, byte[] labels) throws DataException {
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] & 0xFF) >= dataset.classes()) {
                throw DataException.damaged(file,
                        Messages.text("data.idx.label", labels[i] & 0xFF, i, dataset.classes() - 1), dataset);
            }
        }
    }
}
