package org.cnnexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cnnexplorer.i18n.Messages;

/** MD5 of files, and the few file operations of downloading, with failures as {@link DataException}s. */
final class Checksums {

    private Checksums() {
    }

    /** The file's MD5 as 32 lower-case hex digits. */
    static String md5(Path file) throws DataException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw DataFiles.failure(file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    static long size(Path file) throws DataException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw DataFiles.failure(file, e);
        }
    }

    /** Renames {@code from} to {@code to} in one step, replacing an older {@code to}. */
    static void moveIntoPlace(Path from, Path to) throws DataException {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw DataException.inFile(to, Messages.text("data.file.move", e), e);
        }
    }

    static void delete(Path file) throws DataException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw DataException.inFile(file, Messages.text("data.file.delete", e), e);
        }
    }

    static void createDirectories(Path folder) throws DataException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw DataException.inFile(folder, Messages.text("data.file.mkdir", e), e);
        }
    }
}
