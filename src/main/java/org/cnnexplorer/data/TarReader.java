package org.cnnexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.cnnexplorer.i18n.Messages;

/**
 * A minimal reader of POSIX (ustar) tar streams, enough for the CIFAR-10 archive: 512-byte
 * headers (name, octal size, type flag, name prefix), each file's bytes padded to 512, two zero
 * blocks at the end. Headers are checked against their checksum.
 */
final class TarReader {

    private static final int BLOCK = 512;

    /** Receives each regular file with its bytes (the CIFAR-10 entries are 30 MB at most). */
    interface EntryHandler {
        void file(String name, byte[] content) throws IOException, DataException;
    }

    private TarReader() {
    }

    static void read(InputStream in, EntryHandler handler) throws IOException, DataException {
        byte[] header = new byte[BLOCK];
        while (in.readNBytes(header, 0, BLOCK) == BLOCK && !isZero(header)) {
            checkSum(header);
            long size = octal(header, 124, 12);
            long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
            byte type = header[156];
            if (type == '0' || type == 0) {
                handler.file(name(header), content(in, name(header), size));
                in.skipNBytes(padded - size);
            } else {
                in.skipNBytes(padded);
            }
        }
    }

    private static String name(byte[] header) {
        String name = text(header, 0, 100);
        boolean ustar = text(header, 257, 5).equals("ustar");
        String prefix = ustar ? text(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static void checkSum(byte[] header) throws IOException {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += i >= 148 && i < 156 ? ' ' : header[i] & 0xFF;
        }
        if (sum != octal(header, 148, 8)) {
            throw new IOException(Messages.text("data.tar.checksum"));
        }
    }

    private static long octal(byte[] header, int from, int length) throws IOException {
        String digits = text(header, from, length).trim();
        if (!digits.matches("[0-7]+")) {
            throw new IOException(Messages.text("data.tar.number", digits));
        }
        return Long.parseLong(digits, 8);
    }

    private static String text(byte[] header, int from, int length) {
        int end = from;
        while (end < from + length && header[end] != 0) {
            end++;
        }
        return new String(header, from, end - from, StandardCharsets.US_ASCII);
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] content(InputStream in, String name, long size) throws IOException {
        if (size > Integer.MAX_VALUE - BLOCK) {
            throw new IOException(Messages.text("data.tar.tooLarge", name, size));
        }
        byte[] content = in.readNBytes((int) size);
        if (content.length < size) {
            throw new IOException(Messages.text("data.tar.truncated", name, content.length, size));
        }
        return content;
    }
}
