package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloading one file from a server on localhost: progress, resume, checksum, cancel, mirrors. */
class DatasetDownloaderTest {

    @TempDir
    Path dir;

    private final LocalServer server = new LocalServer();
    private final List<DownloadProgress> events = new ArrayList<>();
    private final byte[] content = new byte[300_000];

    {
        new Random(1).nextBytes(content);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String md5(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path fetch(RemoteFile file, boolean cancelAfterFirstChunk) throws DataException {
        return new FileFetcher(new JdkHttpTransport(), events::add,
                () -> cancelAfterFirstChunk && !events.isEmpty()).fetch(file, dir);
    }

    private RemoteFile served(String md5, URI... urls) {
        return new RemoteFile("data.bin", List.of(urls), md5);
    }

    @Test
    void downloadReportsProgressAndEndsWithTheVerifiedFile() throws Exception {
        Path file = fetch(served(md5(content), server.serve("/data.bin", content)), false);

        assertArrayEquals(content, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("data.bin.part")));
        DownloadProgress last = events.get(events.size() - 1);
        assertEquals(new DownloadProgress("data.bin", 300_000, 300_000), last);
        assertTrue(events.size() > 1, "progress as the bytes arrive");
        assertEquals(300_000, events.get(0).bytesTotal());
    }

    @Test
    void partFileLeftByAnEarlierAttemptIsResumedWithARangeRequest() throws Exception {
        Files.write(dir.resolve("data.bin.part"), java.util.Arrays.copyOf(content, 1000));

        Path file = fetch(served(md5(content), server.serve("/data.bin", content)), false);

        assertEquals(List.of("bytes=1000-"), server.ranges);
        assertArrayEquals(content, Files.readAllBytes(file));
        assertTrue(events.get(0).bytesDone() > 1000);
    }

    @Test
    void serverIgnoringTheRangeStartsTheFileAfresh() throws Exception {
        server.ignoreRanges = true;
        Files.write(dir.resolve("data.bin.part"), new byte[5000]);

        Path file = fetch(served(md5(content), server.serve("/data.bin", content)), false);

        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void checksumMismatchDeletesTheDownloadAndNamesExpectedActualAndUrl() {
        URI url = server.serve("/data.bin", content);
        String wrong = "0123456789abcdef0123456789abcdef";

        String message = assertThrows(DataException.class, () -> fetch(served(wrong, url), false)).getMessage();

        assertTrue(message.contains(url.toString()), message);
        assertTrue(message.contains("checksum mismatch: expected MD5 " + wrong + " but the download has "
                + md5(content)), message);
        assertFalse(Files.exists(dir.resolve("data.bin")));
        assertFalse(Files.exists(dir.resolve("data.bin.part")));
    }

    @Test
    void cancelKeepsThePartFileAndTheNextDownloadResumesIt() throws Exception {
        RemoteFile file = served(md5(content), server.serve("/data.bin", content));

        assertThrows(DownloadCancelledException.class, () -> fetch(file, true));
        long kept = Files.size(dir.resolve("data.bin.part"));
        assertFalse(Files.exists(dir.resolve("data.bin")));
        assertTrue(kept > 0 && kept < content.length, "kept " + kept);

        assertArrayEquals(content, Files.readAllBytes(fetch(file, false)));
        assertEquals("bytes=" + kept + "-", server.ranges.get(1));
    }

    @Test
    void missingFileOnTheFirstMirrorFallsBackToTheNext() throws Exception {
        Path file = fetch(served(md5(content), server.url("/gone.bin"), server.serve("/data.bin", content)), false);

        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void everyMirrorFailingListsEachUrlWithItsProblem() {
        RemoteFile file = served(md5(content), server.url("/a"), server.url("/b"));

        String message = assertThrows(DataException.class, () -> fetch(file, false)).getMessage();

        assertTrue(message.startsWith("could not download data.bin:"), message);
        assertTrue(message.contains(server.url("/a") + ": HTTP 404"), message);
        assertTrue(message.contains(server.url("/b") + ": HTTP 404"), message);
    }

    @Test
    void fileAlreadyInPlaceWithTheRightChecksumIsNotFetchedAgain() throws IOException, DataException {
        Files.write(dir.resolve("data.bin"), content);

        fetch(served(md5(content), server.url("/nothing-here")), false);

        assertTrue(server.ranges.isEmpty());
    }
}
