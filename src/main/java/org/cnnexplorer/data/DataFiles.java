package org.cnnexplorer.data;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.cnnexplorer.i18n.Messages;

/** Opens data files, unpacking gzip transparently, and turns I/O failures into readable messages. */
final class DataFiles {

    private static final int BUFFER = 1 << 16;
    /** What {@link GZIPInputStream} says when the CRC-32 or length in the trailer disagrees with the data. */
    private static final String TRAILER_MISMATCH = "Corrupt GZIP trailer";

    private DataFiles() {
    }

    /**
     * The file's content: gunzipped when it starts with the gzip signature, as is otherwise. A
     * file named {@code .gz} must be gzip.
     */
    static InputStream open(Path file) throws DataException {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
            in.mark(2);
            int first = in.read();
            int second = in.read();
            in.reset();
            boolean gzip = first == 0x1f && second == 0x8b;
            if (!gzip && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                in.close();
                throw DataException.inFile(file, first < 0 ? Messages.text("data.gzip.empty")
                        : Messages.text("data.gzip.not", String.format("%02x", first),
                                String.format("%02x", Math.max(second, 0))));
            }
            // Not buffered after unpacking: a read that meets the end of a cut-off stream then returns
            // every byte unpacked before it, so "the file ends after N images" counts right.
            return gzip ? new GZIPInputStream(in, BUFFER) : in;
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /**
     * Reads until {@code dest} is full or the data ends; returns the bytes read. A gzip stream cut
     * off in the middle ends the data like the end of a file does.
     */
    static int readUpTo(InputStream in, byte[] dest) throws IOException {
        int done = 0;
        try {
            while (done < dest.length) {
                int n = in.read(dest, done, dest.length - done);
                if (n < 0) {
                    break;
                }
                done += n;
            }
        } catch (EOFException cutOff) {
            return done;
        }
        return done;
    }

    /** Up to {@code count} bytes, fewer where the data (or a cut-off gzip stream) ends first. */
    static byte[] readAtMost(InputStream in, int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(count, BUFFER));
        byte[] chunk = new byte[BUFFER];
        for (int left = count; left > 0; ) {
            byte[] part = chunk.length <= left ? chunk : new byte[left];
            int n = readUpTo(in, part);
            out.write(part, 0, n);
            left -= n;
            if (n < part.length) {
                break;
            }
        }
        return out.toByteArray();
    }

    /**
     * Reads the rest of the data to its end and returns how many bytes that was (0 for a file that
     * ends where its header says). Reaching the end of a gzip stream checks its trailer: the CRC-32
     * and length of everything unpacked, so a flipped bit anywhere in the file is found even where
     * the damaged stream still unpacks. The check is the read itself: it costs nothing extra.
     */
    static long drain(InputStream in) throws IOException {
        long extra = 0;
        byte[] chunk = new byte[BUFFER];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            extra += n;
        }
        return extra;
    }

    /**
     * A readable message for an I/O failure on a file of {@code dataset}; a damaged file also says
     * how to get it again.
     */
    static DataException failure(Path file, IOException e, DatasetId dataset) {
        if (e instanceof ZipException && TRAILER_MISMATCH.equals(e.getMessage())) {
            return DataException.damaged(file, Messages.text("data.gzip.trailer"), dataset, e);
        }
        if (e instanceof ZipException) {
            return DataException.damaged(file, Messages.text("data.gzip.corrupt", e.getMessage()), dataset, e);
        }
        if (e instanceof EOFException) {
            return DataException.damaged(file, Messages.text("data.gzip.truncated"), dataset, e);
        }
        return failure(file, e);
    }

    /** A readable message for an I/O failure on {@code file}. */
    static DataException failure(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return DataException.inFile(file, Messages.text("data.file.missing"), e);
        }
        if (e instanceof ZipException) {
            return DataException.inFile(file, Messages.text("data.gzip.corrupt", e.getMessage()), e);
        }
        return DataException.inFile(file, Messages.text("data.file.cannotRead", e), e);
    }
}
