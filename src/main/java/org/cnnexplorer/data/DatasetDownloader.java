package org.cnnexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cnnexplorer.i18n.Messages;

/**
 * Downloads a data set's official files into a data directory, in the layout
 * {@link DataDirectories} searches: resumable, cancellable, each file checked against its
 * published MD5 before it takes its final name. The CIFAR-10 archive is unpacked into
 * {@code cifar-10-batches-bin/} and then deleted. Runs on the calling thread.
 */
public final class DatasetDownloader {

    private final HttpTransport transport;
    private final Function<DatasetId, List<RemoteFile>> sources;

    public DatasetDownloader(HttpTransport transport, Function<DatasetId, List<RemoteFile>> sources) {
        this.transport = transport;
        this.sources = sources;
    }

    /** Downloads over the internet from {@link OfficialSources}. */
    public static DatasetDownloader official() {
        return new DatasetDownloader(new JdkHttpTransport(), OfficialSources::files);
    }

    /**
     * Fetches what is missing of {@code dataset} into {@code dataDirectory} and returns the data
     * set folder ({@code dataDirectory/mnist} etc.). Files already there with the right MD5 are
     * kept. {@code progress} is called on this thread after every chunk (often: throttle before
     * updating a GUI); {@code cancelled} is polled as often, and so is this thread's interrupt flag.
     *
     * @throws DownloadCancelledException when cancelled; the partial file is kept for resuming
     * @throws DataException when no mirror delivers a file with the right checksum (the message
     *     lists each URL and what went wrong) or a file cannot be written
     */
    public Path download(DatasetId dataset, Path dataDirectory, Consumer<DownloadProgress> progress,
                         BooleanSupplier cancelled) throws DataException {
        Path folder = dataDirectory.resolve(DatasetLayout.folderName(dataset));
        if (isComplete(dataset, folder)) {
            return folder;
        }
        FileFetcher fetcher = new FileFetcher(transport, progress, cancelled);
        for (RemoteFile file : sources.apply(dataset)) {
            if (file.isArchive()) {
                Path archive = fetcher.fetch(file, dataDirectory);
                extract(archive, dataset, folder, progress);
                Checksums.delete(archive);
            } else {
                fetcher.fetch(file, folder);
            }
        }
        return folder;
    }

    /** Whether every file of both splits is in {@code folder} (all five CIFAR-10 train batches). */
    public static boolean isComplete(DatasetId dataset, Path folder) {
        return expectedFiles(dataset).stream().allMatch(name -> Files.isRegularFile(folder.resolve(name)));
    }

    private static List<String> expectedFiles(DatasetId dataset) {
        return Stream.of(Split.values())
                .flatMap(split -> DatasetLayout.fileNames(dataset, split).stream()).toList();
    }

    /** Unpacks the entries named like the data set's files, whatever folder they sit in inside the archive. */
    private static void extract(Path archive, DatasetId dataset, Path folder, Consumer<DownloadProgress> progress)
            throws DataException {
        List<String> wanted = expectedFiles(dataset);
        Checksums.createDirectories(folder);
        try (InputStream in = DataFiles.open(archive)) {
            TarReader.read(in, (name, content) -> {
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (wanted.contains(base) || base.equals("batches.meta.txt")) {
                    Path part = Files.write(folder.resolve(base + ".part"), content);
                    Checksums.moveIntoPlace(part, folder.resolve(base));
                    progress.accept(new DownloadProgress(base, content.length, content.length));
                }
            });
        } catch (IOException e) {
            throw DataException.inFile(archive, Messages.text("data.download.unpack", e.getMessage()), e);
        }
        if (!isComplete(dataset, folder)) {
            throw DataException.inFile(archive, Messages.text("data.download.lacks", String.join(", ", wanted)));
        }
    }
}
