package org.cnnexplorer.data;

import static org.cnnexplorer.data.DatasetDownloaderTest.md5;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole data sets downloaded from localhost into the layout the loader reads. */
class DatasetDownloadTest {

    @TempDir
    Path dir;

    private final LocalServer server = new LocalServer();
    private final List<DownloadProgress> events = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private DatasetDownloader downloader(List<RemoteFile> files) {
        return new DatasetDownloader(new JdkHttpTransport(), dataset -> files);
    }

    private RemoteFile served(String name, byte[] content) {
        return new RemoteFile(name, List.of(server.serve("/" + name, content)), md5(content));
    }

    @Test
    void mnistFilesLandWhereTheLoaderFindsThem() throws Exception {
        Path source = Fixtures.mnistFolder(dir.resolve("source"), 4, 2);
        List<RemoteFile> files = new ArrayList<>();
        for (String name : DatasetLayout.fileNames(DatasetId.MNIST, Split.TRAIN)) {
            files.add(served(name, Files.readAllBytes(source.resolve(name))));
        }
        for (String name : DatasetLayout.fileNames(DatasetId.MNIST, Split.TEST)) {
            files.add(served(name, Files.readAllBytes(source.resolve(name))));
        }

        Path folder = downloader(files).download(DatasetId.MNIST, dir.resolve("data"), events::add, () -> false);

        assertEquals(dir.resolve("data/mnist"), folder);
        assertTrue(DatasetDownloader.isComplete(DatasetId.MNIST, folder));
        assertEquals(2, Datasets.load(DatasetId.MNIST, Split.TEST, DataDirectories.only(dir.resolve("data"))).label(1));
        assertTrue(events.stream().anyMatch(e -> e.file().equals("t10k-labels-idx1-ubyte.gz")));
    }

    @Test
    void cifarArchiveIsUnpackedIntoTheBatchFolderAndDeleted() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("batches.meta.txt", "airplane\n".getBytes());
        for (int i = 1; i <= 5; i++) {
            entries.put("data_batch_" + i + ".bin", Fixtures.cifarRecords(i, 0));
        }
        entries.put("test_batch.bin", Fixtures.cifarRecords(7));
        RemoteFile archive = served("cifar-10-binary.tar.gz",
                Fixtures.gzip(TarFixture.tar("cifar-10-batches-bin", entries)));

        Path folder = downloader(List.of(archive)).download(DatasetId.CIFAR10, dir, events::add, () -> false);

        ImageSet train = Datasets.load(DatasetId.CIFAR10, Split.TRAIN, DataDirectories.only(dir));
        assertEquals(10, train.count());
        assertEquals(5, train.label(8));
        assertTrue(Files.exists(folder.resolve("batches.meta.txt")));
        assertFalse(Files.exists(dir.resolve("cifar-10-binary.tar.gz")));
        assertEquals(List.of("batches.meta.txt", "data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin",
                "data_batch_4.bin", "data_batch_5.bin", "test_batch.bin"), list(folder));
    }

    @Test
    void archiveMissingABatchIsReported() {
        RemoteFile archive = served("cifar-10-binary.tar.gz", Fixtures.gzip(TarFixture.tar("cifar-10-batches-bin",
                Map.of("test_batch.bin", Fixtures.cifarRecords(1)))));

        String message = assertThrows(DataException.class,
                () -> downloader(List.of(archive)).download(DatasetId.CIFAR10, dir, events::add, () -> false))
                .getMessage();

        assertTrue(message.contains("cifar-10-binary.tar.gz: the archive lacks some of data_batch_1.bin"), message);
    }

    @Test
    void completeDataSetIsNotDownloadedAgain() throws Exception {
        Fixtures.mnistFolder(dir, 1);

        downloader(List.of(served("x.gz", new byte[1]))).download(DatasetId.MNIST, dir, events::add, () -> false);

        assertTrue(server.ranges.isEmpty());
    }

    @Test
    void officialSourcesCarryThePublishedChecksums() {
        assertEquals("f68b3c2dcbeaaa9fbdd348bbdeb94873", OfficialSources.files(DatasetId.MNIST).get(0).md5());
        assertEquals("https://ossci-datasets.s3.amazonaws.com/mnist/train-images-idx3-ubyte.gz",
                OfficialSources.files(DatasetId.MNIST).get(0).urls().get(0).toString());
        assertEquals("bb300cfdad3c16e7a12a480ee83cd310", OfficialSources.files(DatasetId.FASHION_MNIST).get(3).md5());
        assertEquals("c32a1d4ab5d03f1284b67883e8d87530", OfficialSources.files(DatasetId.CIFAR10).get(0).md5());
    }

    private static List<String> list(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
