package org.cnnexplorer.data;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads MNIST-style IDX files (gzip or plain): an image file (magic 0x00000803, count, rows,
 * columns, then one unsigned byte per pixel, row by row) and a label file (magic 0x00000801,
 * count, then one byte per label). See http://yann.lecun.com/exdb/mnist/.
 */
final class IdxReader {

    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;

    private IdxReader() {
    }

    static ImageSet read(DatasetId dataset, Split split, Path imagesFile, Path labelsFile) throws DataException {
        byte[] labels = readLabels(labelsFile, dataset.classes());
        byte[] pixels = readImages(imagesFile, dataset, labels.length, labelsFile);
        return ImageSet.wrap(dataset, split, List.of(imagesFile, labelsFile), pixels, labels);
    }

    private static byte[] readLabels(Path file, int classes) throws DataException {
        try (InputStream in = DataFiles.open(file)) {
            int count = header(in, file, LABELS_MAGIC, "labels", 8)[0];
            byte[] labels = DataFiles.readAtMost(in, count); // grows as it reads: a corrupt count allocates nothing
            if (labels.length < count) {
                throw DataException.inFile(file, "truncated: header says " + count
                        + " labels but the file ends after " + labels.length);
            }
            DataFiles.finish(in, file);
            checkRange(file, labels, classes);
            return labels;
        } catch (IOException e) {
            throw DataFiles.failure(file, e);
        }
    }

    private static byte[] readImages(Path file, DatasetId dataset, int labelCount, Path labelsFile)
            throws DataException {
        try (InputStream in = DataFiles.open(file)) {
            int[] header = header(in, file, IMAGES_MAGIC, "images", 16);
            int count = header[0];
            String size = header[1] + "x" + header[2];
            if (header[1] != dataset.height() || header[2] != dataset.width()) {
                throw DataException.inFile(file, "images are " + size + " but " + dataset.displayName()
                        + " images are " + dataset.height() + "x" + dataset.width());
            }
            if (count != labelCount) {
                throw DataException.inFile(file, "header says " + count + " images but "
                        + labelsFile.getFileName() + " has " + labelCount + " labels");
            }
            byte[] pixels = new byte[Math.multiplyExact(count, header[1] * header[2])];
            int done = DataFiles.readUpTo(in, pixels);
            if (done < pixels.length) {
                throw DataException.inFile(file, "truncated: header says " + count + " images of " + size
                        + " but the file ends after " + done / (header[1] * header[2]) + " images");
            }
            DataFiles.finish(in, file);
            return pixels;
        } catch (IOException e) {
            throw DataFiles.failure(file, e);
        }
    }

    /** Checks the magic number and returns the dimensions that follow it (count first). */
    private static int[] header(InputStream in, Path file, int magic, String kind, int bytes)
            throws IOException, DataException {
        DataInputStream data = new DataInputStream(in);
        try {
            int found = data.readInt();
            if (found != magic) {
                throw DataException.inFile(file, String.format("bad magic number 0x%08x (expected 0x%08x for IDX %s)%s",
                        found, magic, kind, found == LABELS_MAGIC ? ": this is a label file"
                                : found == IMAGES_MAGIC ? ": this is an image file" : ""));
            }
            int[] dims = new int[bytes / 4 - 1];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = data.readInt();
                if (dims[i] <= 0) {
                    throw DataException.inFile(file, "header has a size of " + dims[i] + " (must be positive)");
                }
            }
            return dims;
        } catch (EOFException e) {
            throw DataException.inFile(file, "truncated: the file ends inside its " + bytes + "-byte IDX header", e);
        }
    }

    private static void checkRange(Path file, byte[] labels, int classes) throws DataException {
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] & 0xFF) >= classes) {
                throw DataException.inFile(file, "label " + (labels[i] & 0xFF) + " at index " + i
                        + " is out of range 0.." + (classes - 1));
            }
        }
    }
}
