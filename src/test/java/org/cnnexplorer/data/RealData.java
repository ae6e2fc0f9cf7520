package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real data sets the tests read: MNIST and partial CIFAR-10 from {@code ../shared/datasets}
 * (relative to the project root, Maven's working directory), Fashion-MNIST from Debian's
 * {@code /usr/share/datasets}. Missing data fails the test with a hint; it is never skipped.
 */
final class RealData {

    static final Path SHARED = Path.of("..", "shared", "datasets");
    static final Path SYSTEM = Path.of("/usr/share/datasets");

    private RealData() {
    }

    static DataDirectories shared() {
        assertTrue(Files.isDirectory(SHARED.resolve("mnist")), SHARED.toAbsolutePath()
                + " is missing: the tests need the offline copies of MNIST and CIFAR-10 there");
        return DataDirectories.only(SHARED);
    }

    static DataDirectories system() {
        assertTrue(Files.isDirectory(SYSTEM.resolve("fashion-mnist")),
                "Fashion-MNIST is missing: sudo apt-get install -y dataset-fashion-mnist");
        return DataDirectories.only(SYSTEM);
    }

    static long pixelSum(ImageSet images) {
        long sum = 0;
        var pixels = images.pixelBuffer();
        while (pixels.hasRemaining()) {
            sum += pixels.get() & 0xFF;
        }
        return sum;
    }

    static int[] firstLabels(ImageSet images, int n) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = images.label(i);
        }
        return labels;
    }
}
