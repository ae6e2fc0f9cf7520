package org.cnnexplorer.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cnnexplorer.i18n.Messages;

/**
 * Writes whole files as saved runs are written: beside the target, synced to the disk, renamed over
 * it and the folder synced, so a crash or power cut leaves the old file or the new one, never half
 * of one. An empty temporary file left by an interrupted write is ours and removed; any other file
 * in its way is refused, never overwritten.
 */
public final class SyncedFiles {

    private SyncedFiles() {
    }

    public static void write(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException(Messages.text("io.save.noFolder", folder));
        }
        if (Files.isDirectory(file)) {
            throw new IOException(Messages.text("io.save.isFolder", file));
        }
        AtomicFile.write(file, SyncedFiles::isEmpty, out -> out.write(content), AtomicFile.SYSTEM_DISK);
    }

    private static boolean isEmpty(Path temp) {
        try {
            return Files.size(temp) == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
