package org.cnnexplorer.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Predicate;
import org.cnnexplorer.i18n.Messages;

/**
 * Replaces a file so that a crash, a kill or a power cut leaves the old file or the new one, never
 * part of one: the content goes to {@code NAME.tmp} beside it, which is flushed to the disk
 * (fsync), renamed over the file, and then the directory is flushed so that the rename lasts too.
 * A {@code NAME.tmp} that a killed write left behind is removed first when {@code ours} recognises
 * it; a file of that name that is not ours is never touched, and the write is refused.
 */
public final class AtomicFile {

    static final String TEMP_SUFFIX = ".tmp";

    /** Writes the content; closing the stream it gets is allowed and does not end the write. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** The two flushes to the disk (tests record them). */
    public interface Disk {
        void force(FileChannel file) throws IOException;

        void forceDirectory(Path directory) throws IOException;
    }

    /** The real disk. Directories cannot be opened for syncing everywhere (Windows): skipped there. */
    public static final Disk SYSTEM_DISK = new Disk() {
        @Override
        public void force(FileChannel file) throws IOException {
            file.force(true);
        }

        @Override
        public void forceDirectory(Path directory) {
            try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException | UnsupportedOperationException notSupported) {
                // the file itself is synced; only the rename's durability depends on the platform
            }
        }
    };

    private AtomicFile() {
    }

    static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + TEMP_SUFFIX);
    }

    /** Removes the temporary file of an interrupted write of {@code file} if it is ours; true when removed. */
    public static boolean removeLeftover(Path file, Predicate<Path> ours) throws IOException {
        Path temp = temporary(file);
        return Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS) && ours.test(temp) && Files.deleteIfExists(temp);
    }

    public static void write(Path file, Predicate<Path> ours, Content content, Disk disk) throws IOException {
        removeLeftover(file, ours);
        Path temp = temporary(file);
        FileChannel channel = create(temp);
        try (channel) {
            writeAndSync(channel, content, disk);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        disk.forceDirectory(file.toAbsolutePath().getParent());
    }

    private static FileChannel create(Path temp) throws IOException {
        try {
            return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(Messages.text("io.save.inTheWay", temp), e);
        }
    }

    private static void writeAndSync(FileChannel channel, Content content, Disk disk) throws IOException {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
        content.write(new NonClosingStream(out));
        out.flush();
        disk.force(channel);
    }

    /** Lets a writer close "its" stream without closing what is beneath. */
    public static final class NonClosingStream extends FilterOutputStream {
        public NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
