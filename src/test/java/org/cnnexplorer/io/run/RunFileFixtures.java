package org.cnnexplorer.io.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Damaged and edited run files, made from good ones, for the tests of every package. */
public final class RunFileFixtures {

    private RunFileFixtures() {
    }

    /** Rewrites one entry of a run file (a valid zip afterwards: the checksums match the new bytes). */
    public static void rewriteEntry(Path file, String name, UnaryOperator<byte[]> change) throws IOException {
        Path edited = file.resolveSibling(file.getFileName() + ".edited");
        try (ZipFile zip = new ZipFile(file.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(edited))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(name) ? change.apply(bytes) : bytes);
                out.closeEntry();
            }
        }
        Files.move(edited, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Replaces text in a run file's {@code run.json}. */
    public static void editRunJson(Path file, String from, String to) throws IOException {
        rewriteEntry(file, RunFiles.RUN_ENTRY, bytes -> {
            String json = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            if (!json.contains(from)) {
                throw new IllegalArgumentException("run.json of " + file + " has no " + from);
            }
            return json.replace(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        });
    }

    /** A copy of {@code bytes} with the byte at {@code index} inverted, as a bad sector or cable would. */
    public static byte[] flipped(byte[] bytes, int index) {
        byte[] copy = bytes.clone();
        copy[index] = (byte) ~copy[index];
        return copy;
    }

    /** The name of the entry holding the model weights. */
    public static String modelEntry() {
        return RunFiles.MODEL_ENTRY;
    }
}
