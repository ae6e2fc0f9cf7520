package org.cnnexplorer.ui.training;

import static org.cnnexplorer.i18n.Messages.text;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cnnexplorer.data.DataDirectories;
import org.cnnexplorer.data.DataException;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.data.Datasets;
import org.cnnexplorer.data.DownloadCancelledException;
import org.cnnexplorer.data.DownloadProgress;
import org.cnnexplorer.data.Split;
import org.cnnexplorer.ui.common.Notifier;

/**
 * Whether the chosen data set is on this machine, and its download when it is not: where it was
 * found, or that it is missing and can be fetched into the first writable data folder; while
 * downloading, the file and fraction done, and a cancel that keeps the partial file for a resume.
 * The download runs on a background thread; results come back through {@code uiThread}.
 */
public final class DatasetAvailability {

    /** Fetches a data set (the real one: {@code DatasetDownloader.official()::download}). */
    @FunctionalInterface
    public interface Downloader {
        Path download(DatasetId dataset, Path directory, Consumer<DownloadProgress> progress,
                      java.util.function.BooleanSupplier cancelled) throws DataException;
    }

    private final TrainingForm form;
    private final Downloader downloader;
    private final Executor background;
    private final Consumer<Runnable> uiThread;
    private final Notifier notifier;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper missing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper downloading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private volatile boolean cancelRequested;

    public DatasetAvailability(TrainingForm form, Downloader downloader, Executor background,
                               Consumer<Runnable> uiThread, Notifier notifier) {
        this.form = form;
        this.downloader = downloader;
        this.background = background;
        this.uiThread = uiThread;
        this.notifier = notifier;
        form.datasetProperty().addListener((obs, old, now) -> refresh());
        form.dataDirProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** Looks again for the chosen data set (cheap: checks that the files exist). */
    public void refresh() {
        if (downloading.get()) {
            return;
        }
        check();
    }

    private void check() {
        DatasetId dataset = form.datasetProperty().get();
        DataDirectories directories = directories();
        Path train = Datasets.locate(dataset, Split.TRAIN, directories).orElse(null);
        Path test = Datasets.locate(dataset, Split.TEST, directories).orElse(null);
        boolean absent = train == null || test == null;
        missing.set(absent);
        status.set(absent ? text("dataset.missing", dataset, directories.downloadDirectory())
                : text("dataset.found", dataset, train));
    }

    /** Starts the download of the chosen data set in the background. */
    public void download() {
        if (downloading.get()) {
            return;
        }
        DatasetId dataset = form.datasetProperty().get();
        Path target = directories().downloadDirectory();
        cancelRequested = false;
        downloading.set(true);
        progress.set(0);
        status.set(text("dataset.downloadingInto", dataset, target));
        background.execute(() -> fetch(dataset, target));
    }

    private void fetch(DatasetId dataset, Path target) {
        try {
            downloader.download(dataset, target, this::onProgress, () -> cancelRequested);
            uiThread.accept(() -> finish(null));
        } catch (DownloadCancelledException e) {
            uiThread.accept(() -> finish(text("dataset.cancelled")));
        } catch (DataException | RuntimeException e) {
            uiThread.accept(() -> {
                finish(null);
                notifier.error(text("dataset.cannotDownload", dataset), e.getMessage());
            });
        }
    }

    private void onProgress(DownloadProgress p) {
        uiThread.accept(() -> {
            progress.set(p.bytesTotal() > 0 ? p.fraction() : -1);
            status.set(p.bytesTotal() > 0
                    ? text("dataset.downloadingOf", p.file(), megabytes(p.bytesDone()), megabytes(p.bytesTotal()))
                    : text("dataset.downloading", p.file(), megabytes(p.bytesDone())));
        });
    }

    /** The final status is in place before the download is shown as over, so no one reads a stale one. */
    private void finish(String message) {
        check();
        if (message != null) {
            status.set(message);
        }
        downloading.set(false);
    }

    /** Stops the download after the current block; the partial file stays for a resume. */
    public void cancel() {
        cancelRequested = true;
    }

    private DataDirectories directories() {
        return DataDirectories.standard(form.dataDirectory());
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when the chosen data set was not found. */
    public ReadOnlyBooleanProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty downloadingProperty() {
        return downloading.getReadOnlyProperty();
    }

    /** 0..1 while downloading, -1 when the size is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
