package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Pixel access, copies, subsets and shuffles of an in-memory image set. */
class ImageSetTest {

    /** {@code count} MNIST-shaped images; image i has label i % 10 and every pixel equal to i. */
    private static ImageSet digits(int count) {
        byte[] pixels = new byte[count * 784];
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            Arrays.fill(pixels, i * 784, (i + 1) * 784, (byte) i);
            labels[i] = (byte) (i % 10);
        }
        return ImageSet.of(DatasetId.MNIST, Split.TRAIN, List.of(), pixels, labels);
    }

    private static int[] firstPixels(ImageSet set) {
        return IntStream.range(0, set.count()).map(i -> set.pixel(i, 0, 0, 0)).toArray();
    }

    @Test
    void pixelsAreUnsignedAndAddressedChannelRowColumn() {
        byte[] pixels = new byte[3 * 32 * 32];
        pixels[2 * 1024 + 31 * 32 + 30] = (byte) 200;
        ImageSet one = ImageSet.of(DatasetId.CIFAR10, Split.TEST, List.of(), pixels, new byte[] {4});

        assertEquals(200, one.pixel(0, 2, 31, 30));
        assertEquals(0, one.pixel(0, 1, 31, 30));
    }

    @Test
    void copyScaledMapsBytesOntoZeroToOne() {
        ImageSet set = digits(256);
        float[] dest = new float[784 + 1];

        set.copyScaled(255, dest, 1);

        assertEquals(0f, dest[0]);
        assertEquals(1f, dest[1]);
        assertEquals(1f, dest[784]);
    }

    @Test
    void sameSeedDrawsTheSameSubsetInOriginalOrder() {
        ImageSet set = digits(100);

        ImageSet a = set.subset(10, 7);
        ImageSet b = set.subset(10, 7);

        assertEquals(10, a.count());
        assertArrayEquals(firstPixels(a), firstPixels(b));
        assertArrayEquals(IntStream.of(firstPixels(a)).sorted().toArray(), firstPixels(a));
        assertEquals(firstPixels(a)[3] % 10, a.label(3));
    }

    @Test
    void otherSeedsDrawOtherSubsets() {
        ImageSet set = digits(100);

        assertFalse(Arrays.equals(firstPixels(set.subset(10, 1)), firstPixels(set.subset(10, 2))));
    }

    @Test
    void subsetOfZeroOrMoreThanTheCountIsTheWholeSet() {
        ImageSet set = digits(5);

        assertSame(set, set.subset(0, 1));
        assertSame(set, set.subset(6, 1));
        assertThrows(IllegalArgumentException.class, () -> set.subset(-1, 1));
    }

    @Test
    void shuffledOrderIsAReproduciblePermutation() {
        int[] order = digits(50).shuffledOrder(3);

        assertArrayEquals(order, digits(50).shuffledOrder(3));
        assertArrayEquals(IntStream.range(0, 50).toArray(), IntStream.of(order).sorted().toArray());
        assertFalse(Arrays.equals(IntStream.range(0, 50).toArray(), order));
    }

    @Test
    void selectTakesImagesWithTheirLabels() {
        ImageSet picked = digits(20).select(new int[] {13, 2, 13});

        assertEquals(3, picked.count());
        assertEquals(13, picked.pixel(0, 0, 27, 27));
        assertEquals(2, picked.label(1));
        assertArrayEquals(new int[] {0, 0, 1, 2, 0, 0, 0, 0, 0, 0}, picked.labelCounts());
    }

    @Test
    void arraysOfTheWrongLengthOrLabelsOutOfRangeAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ImageSet.of(DatasetId.MNIST, Split.TRAIN, List.of(), new byte[783], new byte[1]));
        assertThrows(IllegalArgumentException.class,
                () -> ImageSet.of(DatasetId.MNIST, Split.TRAIN, List.of(), new byte[784], new byte[] {10}));
    }

    @Test
    void buffersAreReadOnlyViewsOfEveryByte() {
        ImageSet set = digits(3);

        assertTrue(set.pixelBuffer().isReadOnly());
        assertEquals(3 * 784, set.pixelBuffer().remaining());
        assertEquals(2, set.labelBuffer().get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> set.label(3));
    }
}
