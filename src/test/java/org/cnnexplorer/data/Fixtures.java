package org.cnnexplorer.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Small hand-made data files: IDX images and labels (pixel of image i = i + position), CIFAR records. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] idxImages(int magic, int count, int rows, int cols) {
        ByteBuffer buffer = ByteBuffer.allocate(16 + count * rows * cols).putInt(magic).putInt(count)
                .putInt(rows).putInt(cols);
        for (int i = 0; i < count * rows * cols; i++) {
            buffer.put((byte) (i / (rows * cols) + i % (rows * cols)));
        }
        return buffer.array();
    }

    static byte[] idxLabels(int magic, int... labels) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + labels.length).putInt(magic).putInt(labels.length);
        for (int label : labels) {
            buffer.put((byte) label);
        }
        return buffer.array();
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A complete MNIST folder ({@code dir/mnist}) with {@code labels.length} 28x28 images per split. */
    static Path mnistFolder(Path dir, int... labels) {
        Path folder = dir.resolve("mnist");
        for (String prefix : new String[] {"train", "t10k"}) {
            write(folder.resolve(prefix + "-images-idx3-ubyte.gz"),
                    gzip(idxImages(IdxReader.IMAGES_MAGIC, labels.length, 28, 28)));
            write(folder.resolve(prefix + "-labels-idx1-ubyte.gz"), gzip(idxLabels(IdxReader.LABELS_MAGIC, labels)));
        }
        return folder;
    }

    /** CIFAR-10 records with the given labels; every pixel of record r is r + channel. */
    static byte[] cifarRecords(int... labels) {
        ByteBuffer buffer = ByteBuffer.allocate(labels.length * CifarReader.RECORD_BYTES);
        for (int r = 0; r < labels.length; r++) {
            buffer.put((byte) labels[r]);
            for (int channel = 0; channel < 3; channel++) {
                byte[] plane = new byte[1024];
                Arrays.fill(plane, (byte) (r + channel));
                buffer.put(plane);
            }
        }
        return buffer.array();
    }

    static Path write(Path file, byte[] data) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
