package org.cnnexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.cnnexplorer.i18n.Messages;

/**
 * Downloads one file into {@code <name>.part} next to its final place, resuming a part left by an
 * earlier attempt (HTTP Range), checks its MD5, and only then renames it to its final name. A
 * file whose MD5 does not match is deleted; the next mirror is tried.
 */
final class FileFetcher {

    private static final int CHUNK = 1 << 16;
    private static final long REPORT_EVERY = 1 << 18;

    private final HttpTransport transport;
    private final Consumer<DownloadProgress> progress;
    private final BooleanSupplier cancelled;

    FileFetcher(HttpTransport transport, Consumer<DownloadProgress> progress, BooleanSupplier cancelled) {
        this.transport = transport;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Fetches {@code file} into {@code folder} unless a file with the right MD5 is already there. */
    Path fetch(RemoteFile file, Path folder) throws DataException {
        Path target = folder.resolve(file.name());
        Path part = folder.resolve(file.name() + ".part");
        if (Files.isRegularFile(target) && Checksums.md5(target).equals(file.md5())) {
            long size = Checksums.size(target);
            progress.accept(new DownloadProgress(file.name(), size, size));
            return target;
        }
        Checksums.createDirectories(folder);
        List<String> failures = new ArrayList<>();
        for (URI url : file.urls()) {
            String failure = tryUrl(file, url, part);
            if (failure == null) {
                Checksums.moveIntoPlace(part, target);
                return target;
            }
            failures.add("\n  " + url + ": " + failure);
        }
        throw new DataException(Messages.text("data.download.failed", file.name(), String.join("", failures)));
    }

    /** Null on success, else what went wrong with this URL. */
    private String tryUrl(RemoteFile file, URI url, Path part) throws DataException {
        try {
            download(file.name(), url, part);
        } catch (java.net.ConnectException | java.net.UnknownHostException e) {
            return Messages.text("data.download.connect");
        } catch (java.net.http.HttpTimeoutException e) {
            return Messages.text("data.download.timeout");
        } catch (IOException e) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
        String actual = Checksums.md5(part);
        if (actual.equals(file.md5())) {
            return null;
        }
        Checksums.delete(part);
        return Messages.text("data.download.checksum", file.md5(), actual);
    }

    private void download(String name, URI url, Path part) throws IOException, DataException {
        long have = Files.isRegularFile(part) ? Files.size(part) : 0;
        try (HttpTransport.Response response = transport.get(url, have)) {
            if (response.status() == 416 && have > 0) {
                return; // the part is already whole; its MD5 decides
            }
            if (!response.isSuccess()) {
                throw new IOException("HTTP " + response.status());
            }
            if (response.offset() != 0 && response.offset() != have) {
                throw new IOException(Messages.text("data.download.offset", response.offset(), have));
            }
            copy(name, response, part);
        }
    }

    private void copy(String name, HttpTransport.Response response, Path part) throws IOException, DataException {
        long done = response.offset();
        StandardOpenOption mode = done > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (InputStream in = response.body();
             OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     mode)) {
            byte[] buffer = new byte[CHUNK];
            long reported = -REPORT_EVERY; // report the first chunk at once
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                done += n;
                if (done - reported >= REPORT_EVERY) {
                    reported = report(name, done, response.totalSize());
                }
                checkCancelled(name, part);
            }
            if (done != reported) {
                report(name, done, response.totalSize());
            }
        }
    }

    private long report(String name, long done, long total) {
        progress.accept(new DownloadProgress(name, done, total));
        return done;
    }

    private void checkCancelled(String name, Path part) throws DownloadCancelledException {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new DownloadCancelledException(Messages.text("data.download.cancelled", name, part.getFileName()));
        }
    }
}
