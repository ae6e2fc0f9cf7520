package org.cnnexplorer.data;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The images of one split of a data set, in memory. Pixels are unsigned bytes (0..255) in one
 * array, image after image, each image channel-major: {@code count x channels x height x width}
 * (for CIFAR-10 the red plane, then green, then blue). Labels are 0 .. classes-1. Immutable: the
 * arrays never leave this class except as read-only buffers or copies.
 */
public final class ImageSet {

    private final DatasetId dataset;
    private final Split split;
    private final List<Path> files;
    private final byte[] pixels;
    private final byte[] labels;

    private ImageSet(DatasetId dataset, Split split, List<Path> files, byte[] pixels, byte[] labels) {
        this.dataset = dataset;
        this.split = split;
        this.files = List.copyOf(files);
        this.pixels = pixels;
        this.labels = labels;
    }

    /** An image set over copies of {@code pixels} (CHW per image) and {@code labels}; {@code files} may be empty. */
    public static ImageSet of(DatasetId dataset, Split split, List<Path> files, byte[] pixels, byte[] labels) {
        return wrap(dataset, split, files, pixels.clone(), labels.clone());
    }

    /** Takes the arrays over without copying; for the readers, which allocate them. */
    static ImageSet wrap(DatasetId dataset, Split split, List<Path> files, byte[] pixels, byte[] labels) {
        int imageSize = dataset.channels() * dataset.height() * dataset.width();
        if ((long) labels.length * imageSize != pixels.length) {
            throw new IllegalArgumentException(pixels.length + " pixel bytes are not " + labels.length
                    + " images of " + imageSize + " bytes");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= dataset.classes()) {
                throw new IllegalArgumentException("label " + labels[i] + " of image " + i + " is not 0.."
                        + (dataset.classes() - 1));
            }
        }
        return new ImageSet(dataset, split, files, pixels, labels);
    }

    public DatasetId dataset() {
        return dataset;
    }

    public Split split() {
        return split;
    }

    /** The files the images were read from, in reading order; empty for sets built in memory. */
    public List<Path> files() {
        return files;
    }

    public int count() {
        return labels.length;
    }

    public int channels() {
        return dataset.channels();
    }

    public int height() {
        return dataset.height();
    }

    public int width() {
        return dataset.width();
    }

    /** Bytes per image: {@code channels * height * width}. */
    public int imageSize() {
        return channels() * height() * width();
    }

    /** The label of image {@code index}, 0 .. classes-1. */
    public int label(int index) {
        return labels[index];
    }

    /** One pixel value, 0..255. */
    public int pixel(int index, int channel, int y, int x) {
        return pixels[offset(index) + (channel * height() + y) * width() + x] & 0xFF;
    }

    /** Copies image {@code index}'s raw bytes (CHW, unsigned) into {@code dest} from {@code destOffset}. */
    public void copyImage(int index, byte[] dest, int destOffset) {
        System.arraycopy(pixels, offset(index), dest, destOffset, imageSize());
    }

    /** Writes image {@code index} as floats scaled to 0..1 (value / 255), CHW, from {@code destOffset}. */
    public void copyScaled(int index, float[] dest, int destOffset) {
        int from = offset(index);
        for (int i = 0, n = imageSize(); i < n; i++) {
            dest[destOffset + i] = (pixels[from + i] & 0xFF) / 255f;
        }
    }

    /** All pixels, read-only, image after image (CHW each). */
    public ByteBuffer pixelBuffer() {
        return ByteBuffer.wrap(pixels).asReadOnlyBuffer();
    }

    /** All labels, read-only, one byte per image. */
    public ByteBuffer labelBuffer() {
        return ByteBuffer.wrap(labels).asReadOnlyBuffer();
    }

    /** How many images each class has, indexed by label. */
    public int[] labelCounts() {
        int[] counts = new int[dataset.classes()];
        for (byte label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** A random permutation of 0 .. count-1; the same seed gives the same order. */
    public int[] shuffledOrder(long seed) {
        return Sampling.permutation(count(), seed);
    }

    /**
     * {@code limit} images drawn at random (the same seed draws the same ones), kept in their
     * original order; the whole set when {@code limit} is 0 or at least {@link #count()}.
     */
    public ImageSet subset(int limit, long seed) {
        if (limit < 0) {
            throw new IllegalArgumentException("a subset size is 0 (all) or positive, got " + limit);
        }
        return limit == 0 || limit >= count() ? this : select(Sampling.sortedSample(count(), limit, seed));
    }

    /** The images at {@code indices}, in that order (repeats allowed). */
    public ImageSet select(int[] indices) {
        int size = imageSize();
        byte[] newPixels = new byte[Math.multiplyExact(indices.length, size)];
        byte[] newLabels = new byte[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(pixels, offset(indices[i]), newPixels, i * size, size);
            newLabels[i] = labels[indices[i]];
        }
        return new ImageSet(dataset, split, files, newPixels, newLabels);
    }

    private int offset(int index) {
        return Objects.checkIndex(index, labels.length) * imageSize();
    }

    @Override
    public String toString() {
        return dataset.displayName() + " " + split.id() + ": " + count() + " images of " + channels() + "x"
                + height() + "x" + width();
    }
}
