package org.cnnexplorer.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cnnexplorer.data.DataException;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.data.DownloadCancelledException;
import org.cnnexplorer.data.DownloadProgress;
import org.cnnexplorer.data.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data set line of the training form: found, missing, downloading, cancelled, failed. */
class DatasetAvailabilityTest {

    private static final Path DATA = TestData.fixturesDir();

    @TempDir
    Path empty;

    private final List<String> errors = new ArrayList<>();

    private DatasetAvailability availability(TrainingForm form, DatasetAvailability.Downloader downloader) {
        return new DatasetAvailability(form, downloader, Runnable::run, Runnable::run,
                (title, message) -> errors.add(title + ": " + message));
    }

    @Test
    void foundDataSetNamesTheFolder() {
        TrainingForm form = new TrainingForm();
        form.dataDirProperty().set(DATA.toString());
        DatasetAvailability vm = availability(form, (d, dir, p, c) -> dir);
        assertFalse(vm.missingProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("MNIST found in "), vm.statusProperty().get());
        assertTrue(vm.statusProperty().get().endsWith("mnist"), vm.statusProperty().get());
    }

    @Test
    void missingDataSetOffersTheDownloadIntoTheChosenFolder() {
        TrainingForm form = new TrainingForm();
        form.datasetProperty().set(DatasetId.CIFAR10);
        form.dataDirProperty().set(empty.toString());
        DatasetAvailability vm = availability(form, (d, dir, p, c) -> dir);
        assertTrue(vm.missingProperty().get());
        assertEquals("CIFAR-10 is not on this computer; Download fetches it from its official source into "
                + empty.toAbsolutePath(), vm.statusProperty().get());
    }

    @Test
    void downloadReportsProgressThenFindsTheFiles() {
        TrainingForm form = new TrainingForm();
        form.dataDirProperty().set(empty.toString());
        List<Double> fractions = new ArrayList<>();
        DatasetAvailability vm = availability(form, (dataset, dir, progress, cancelled) -> {
            progress.accept(new DownloadProgress("train-images-idx3-ubyte.gz", 5_000_000, 10_000_000));
            fractions.add(0.5);
            copyMnist(dir.resolve("mnist"));
            return dir.resolve("mnist");
        });
        vm.progressProperty().addListener((obs, old, now) -> fractions.add(now.doubleValue()));
        assertTrue(vm.missingProperty().get());
        vm.download();
        assertFalse(vm.downloadingProperty().get());
        assertFalse(vm.missingProperty().get(), vm.statusProperty().get());
        assertTrue(fractions.contains(0.5));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void cancelledDownloadSaysItCanResume() throws Exception {
        TrainingForm form = new TrainingForm();
        form.dataDirProperty().set(empty.toString());
        CountDownLatch started = new CountDownLatch(1);
        DatasetAvailability vm = new DatasetAvailability(form, (dataset, dir, progress, cancelled) -> {
            started.countDown();
            while (!cancelled.getAsBoolean()) {
                Thread.onSpinWait();
            }
            throw new DownloadCancelledException("cancelled");
        }, task -> new Thread(task).start(), Runnable::run, (title, message) -> errors.add(message));
        vm.download();
        assertTrue(started.await(5, TimeUnit.SECONDS));
        vm.cancel();
        long deadline = System.currentTimeMillis() + 30_000;
        while (vm.downloadingProperty().get() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals("Download cancelled; the next download resumes where it stopped.", vm.statusProperty().get());
        assertTrue(vm.missingProperty().get());
    }

    @Test
    void failedDownloadIsReportedAndTheFormStaysUsable() {
        TrainingForm form = new TrainingForm();
        form.dataDirProperty().set(empty.toString());
        DatasetAvailability vm = availability(form, (dataset, dir, progress, cancelled) -> {
            throw new DataException("https://example.org/x.gz: checksum mismatch: expected abc, got def");
        });
        vm.download();
        assertEquals(List.of("Cannot download MNIST: https://example.org/x.gz: checksum mismatch: expected abc, got def"),
                errors);
        assertFalse(vm.downloadingProperty().get());
        assertTrue(vm.missingProperty().get());
    }

    private static void copyMnist(Path target) {
        try {
            Files.createDirectories(target);
            try (var files = Files.list(DATA.resolve("mnist"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
