package org.cnnexplorer.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.cnnexplorer.training.TrainingRun;

/**
 * Saved training runs. A checkpoint ({@code .cnnrun}) is a zip holding {@code run.json} (the
 * network, settings, curves and result, readable without any training backend) and, when the
 * weights were saved, {@code model.zip} (the backend's own model file, for resuming). Writes go
 * to a temporary file that is renamed into place, so a crash never leaves half a checkpoint.
 */
public final class RunFiles {

    /** The extension the GUI offers for saved runs. */
    public static final String EXTENSION = ".cnnrun";
    static final String RUN_ENTRY = "run.json";
    static final String MODEL_ENTRY = "model.zip";

    /** Writes the backend's model into the checkpoint. */
    @FunctionalInterface
    public interface ModelWriter {
        void write(OutputStream out) throws IOException;
    }

    private RunFiles() {
    }

    /** Writes {@code run} and, when {@code model} is not null, the model weights, atomically. */
    public static void write(Path file, TrainingRun run, ModelWriter model) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
            zip.putNextEntry(new ZipEntry(RUN_ENTRY));
            zip.write(ModelFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(RunJson.write(run)));
            zip.closeEntry();
            if (model != null) {
                zip.putNextEntry(new ZipEntry(MODEL_ENTRY));
                model.write(new NonClosingStream(zip));
                zip.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads the run of a checkpoint (or of a bare {@code run.json}), without the weights. */
    public static TrainingRun read(Path file) throws ModelFileException {
        byte[] json = isZip(file) ? entry(file, RUN_ENTRY) : readAll(file);
        try {
            return RunJson.read(ModelFiles.MAPPER.readTree(json), file.toString());
        } catch (IOException e) {
            throw new ModelFileException(file + ": " + RUN_ENTRY + " is not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** True when the checkpoint holds model weights that training can resume from. */
    public static boolean hasModel(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(MODEL_ENTRY) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The model weights of a checkpoint, as the backend wrote them. */
    public static byte[] readModel(Path file) throws ModelFileException {
        return entry(file, MODEL_ENTRY);
    }

    private static byte[] entry(Path file, String name) throws ModelFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new ModelFileException(file + ": not a complete CNN Explorer run: it has no " + name);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            }
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file + ": no such file");
        } catch (ZipException e) {
            throw new ModelFileException(file + ": damaged or truncated run file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ModelFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isZip(Path file) throws ModelFileException {
        byte[] head = new byte[2];
        try (InputStream in = Files.newInputStream(file)) {
            return in.read(head) == 2 && head[0] == 'P' && head[1] == 'K';
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file + ": no such file");
        } catch (IOException e) {
            throw new ModelFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static byte[] readAll(Path file) throws ModelFileException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).isBlank()) {
                throw new ModelFileException(file + ": the file is empty; expected a CNN Explorer run");
            }
            return bytes;
        } catch (IOException e) {
            throw new ModelFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Lets the backend close "its" stream without closing the zip. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
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
