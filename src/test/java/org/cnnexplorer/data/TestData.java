package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The data the tests read. A fresh clone holds the small fixtures in
 * {@code src/test/resources/datasets} (the first 1,000 train and 200 test MNIST images, the first 300
 * and 100 CIFAR-10 records, cut by {@code scripts/cut-test-fixtures.py}); the README's set-up installs
 * Debian's full Fashion-MNIST in {@code /usr/share/datasets}. The full MNIST and the partial CIFAR-10
 * in {@code ../shared/datasets} are optional: the few checks of the full files skip without them.
 */
public final class TestData {

    /** The offline full copies next to the project (relative to the project root, Maven's working directory). */
    public static final Path SHARED = Path.of("..", "shared", "datasets");
    /** Where Debian's {@code dataset-fashion-mnist} puts its files. */
    public static final Path SYSTEM = DataDirectories.SYSTEM_DIR;

    private TestData() {
    }

    /** The data directory holding the committed fixtures: {@code mnist/} and {@code cifar-10-batches-bin/}. */
    public static Path fixturesDir() {
        URL marker = TestData.class.getResource("/datasets/mnist/train-images-idx3-ubyte.gz");
        assertTrue(marker != null, "the test fixtures are missing from src/test/resources/datasets");
        try {
            return Path.of(marker.toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(marker + " is not a file", e);
        }
    }

    /** Only the fixtures' data directory. */
    public static DataDirectories fixtures() {
        return DataDirectories.only(fixturesDir());
    }

    /** Debian's Fashion-MNIST; missing, the test fails with the command that installs it. */
    public static DataDirectories system() {
        assertTrue(Files.isDirectory(SYSTEM.resolve("fashion-mnist")),
                "Fashion-MNIST is missing: sudo apt-get install -y dataset-fashion-mnist");
        return DataDirectories.only(SYSTEM);
    }

    /** The full copies in ../shared/datasets; the calling test is skipped (not failed) where they are absent. */
    public static DataDirectories shared() {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("mnist"))
                        && Files.isDirectory(SHARED.resolve("cifar-10-batches-bin")),
                SHARED.toAbsolutePath().normalize() + " is absent: this check of the full data files is skipped"
                        + " (the fixtures in src/test/resources/datasets cover the rest)");
        return DataDirectories.only(SHARED);
    }

    /** Copies the fixture folder of {@code dataset} into {@code dir} (as {@code dir/<folder>}) for tests that damage it. */
    public static Path copyFixture(DatasetId dataset, Path dir) {
        String name = DataDirectories.folderName(dataset);
        Path target = dir.resolve(name);
        try (var files = Files.list(fixturesDir().resolve(name))) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The sum of every pixel value: a cheap fingerprint of a whole image set. */
    public static long pixelSum(ImageSet images) {
        long sum = 0;
        var pixels = images.pixelBuffer();
        while (pixels.hasRemaining()) {
            sum += pixels.get() & 0xFF;
        }
        return sum;
    }

    /** The labels of the first {@code n} images. */
    public static int[] firstLabels(ImageSet images, int n) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = images.label(i);
        }
        return labels;
    }
}
