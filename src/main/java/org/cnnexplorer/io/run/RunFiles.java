package org.cnnexplorer.io.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.AtomicFile;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.model.ModelFiles;
import org.cnnexplorer.training.FirstLayerFilters;
import org.cnnexplorer.training.TrainingRun;

/**
 * Saved training runs. A checkpoint ({@code .cnnrun}) is a zip holding {@code run.json} (the
 * network, settings, curves and result, readable without any training backend), {@code filters.json}
 * (the first convolution's weights at each epoch, see {@link FilterJson}; absent in older runs) and, when the
 * weights were saved, {@code model.zip} (the backend's own model file, for resuming). Writes go
 * to a temporary file that is synced and renamed into place, so a crash or a power cut never
 * leaves half a checkpoint. Every error names the file.
 */
public final class RunFiles {

    /** The extension the GUI offers for saved runs. */
    public static final String EXTENSION = ".cnnrun";
    static final String RUN_ENTRY = "run.json";
    static final String MODEL_ENTRY = "model.zip";
    static final String FILTERS_ENTRY = "filters.json";
    /** Where a zip's local file header holds the entry's name (after 26 bytes of fields and 4 of lengths). */
    private static final int LOCAL_HEADER_NAME_OFFSET = 30;

    /** Writes the backend's model into the checkpoint. */
    @FunctionalInterface
    public interface ModelWriter {
        void write(OutputStream out) throws IOException;
    }

    private RunFiles() {
    }

    /**
     * Writes {@code run} and, when {@code model} is not null, the model weights: to {@code FILE.tmp},
     * synced to the disk, then renamed over {@code file} (see {@link AtomicFile}). A {@code FILE.tmp}
     * that a killed write left behind is removed first.
     */
    public static void write(Path file, TrainingRun run, ModelWriter model) throws IOException {
        write(file, run, null, model, AtomicFile.SYSTEM_DISK);
    }

    /** The same, with the first-layer filter snapshots ({@code filters.json}) when {@code filters} is not null. */
    public static void write(Path file, TrainingRun run, FirstLayerFilters filters, ModelWriter model)
            throws IOException {
        write(file, run, filters, model, AtomicFile.SYSTEM_DISK);
    }

    static void write(Path file, TrainingRun run, ModelWriter model, AtomicFile.Disk disk) throws IOException {
        write(file, run, null, model, disk);
    }

    private static void write(Path file, TrainingRun run, FirstLayerFilters filters, ModelWriter model,
                              AtomicFile.Disk disk) throws IOException {
        AtomicFile.write(file, RunFiles::isInterruptedWrite, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(RUN_ENTRY));
                zip.write(ModelFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(RunJson.write(run)));
                zip.closeEntry();
                if (filters != null) {
                    zip.putNextEntry(new ZipEntry(FILTERS_ENTRY));
                    zip.write(ModelFiles.MAPPER.writeValueAsBytes(FilterJson.write(filters)));
                    zip.closeEntry();
                }
                if (model != null) {
                    zip.putNextEntry(new ZipEntry(MODEL_ENTRY));
                    model.write(new AtomicFile.NonClosingStream(zip));
                    zip.closeEntry();
                }
            }
        }, disk);
    }

    /**
     * Removes {@code FILE.tmp} when it is what a killed write of a run left behind (empty, or a zip
     * that starts with {@code run.json}); any other file of that name stays. True when removed.
     */
    public static boolean removeInterruptedWrite(Path file) throws IOException {
        return AtomicFile.removeLeftover(file, RunFiles::isInterruptedWrite);
    }

    /** Empty (killed before the first flush) or a zip whose first entry is {@code run.json}, as written here. */
    static boolean isInterruptedWrite(Path temp) {
        byte[] name = RUN_ENTRY.getBytes(StandardCharsets.US_ASCII);
        byte[] head = new byte[LOCAL_HEADER_NAME_OFFSET + name.length];
        try (InputStream in = Files.newInputStream(temp)) {
            int read = in.readNBytes(head, 0, head.length);
            return read == 0 || read == head.length && head[0] == 'P' && head[1] == 'K' && head[2] == 3
                    && head[3] == 4 && (head[26] & 0xFF) == name.length && head[27] == 0
                    && Arrays.equals(head, LOCAL_HEADER_NAME_OFFSET, head.length, name, 0, name.length);
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads the run of a checkpoint (or of a bare {@code run.json}), without the weights. */
    public static TrainingRun read(Path file) throws ModelFileException {
        byte[] json = isZip(file) ? entry(file, RUN_ENTRY) : readAll(file);
        try {
            return RunJson.read(ModelFiles.MAPPER.readTree(json), file.toString());
        } catch (IOException e) {
            throw new ModelFileException(file + ": " + Messages.text("io.run.entryJson", RUN_ENTRY,
                    e.getMessage().lines().findFirst().orElse("")), e);
        }
    }

    /**
     * The first-layer filter snapshots of a checkpoint; empty for a run saved before they were kept,
     * a bare {@code run.json} and a network without a convolution.
     */
    public static Optional<FirstLayerFilters> readFilters(Path file) throws ModelFileException {
        if (!isZip(file) || !hasEntry(file, FILTERS_ENTRY)) {
            return Optional.empty();
        }
        String where = file + " (" + FILTERS_ENTRY + ")";
        try {
            return Optional.of(FilterJson.read(ModelFiles.MAPPER.readTree(entry(file, FILTERS_ENTRY)), where));
        } catch (IOException e) {
            throw new ModelFileException(where + ": " + Messages.text("io.run.json",
                    e.getMessage().lines().findFirst().orElse("")), e);
        }
    }

    /** True when the checkpoint holds model weights that training can resume from. */
    public static boolean hasModel(Path file) {
        return hasEntry(file, MODEL_ENTRY);
    }

    private static boolean hasEntry(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(name) != null;
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
                throw new ModelFileException(Messages.text("io.run.incomplete", file, name));
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return checked(file, entry, in.readAllBytes());
            }
        } catch (NoSuchFileException e) {
            throw new ModelFileException(Messages.text("io.file.missing", file));
        } catch (ZipException e) {
            throw new ModelFileException(Messages.text("io.run.damaged", file, e.getMessage()), e);
        } catch (IOException e) {
            throw new ModelFileException(Messages.text("io.file.cannotRead", file, e.getMessage()), e);
        }
    }

    /** Zip readers do not compare an entry's checksum with its bytes; a flipped bit would pass unseen. */
    private static byte[] checked(Path file, ZipEntry entry, byte[] bytes) throws ModelFileException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
            throw new ModelFileException(Messages.text("io.run.crc", file, entry.getName()));
        }
        return bytes;
    }

    private static boolean isZip(Path file) throws ModelFileException {
        byte[] head = new byte[2];
        try (InputStream in = Files.newInputStream(file)) {
            return in.read(head) == 2 && head[0] == 'P' && head[1] == 'K';
        } catch (NoSuchFileException e) {
            throw new ModelFileException(Messages.text("io.file.missing", file));
        } catch (IOException e) {
            throw new ModelFileException(Messages.text("io.file.cannotRead", file, e.getMessage()), e);
        }
    }

    private static byte[] readAll(Path file) throws ModelFileException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).isBlank()) {
                throw new ModelFileException(Messages.text("io.run.empty", file));
            }
            return bytes;
        } catch (IOException e) {
            throw new ModelFileException(Messages.text("io.file.cannotRead", file, e.getMessage()), e);
        }
    }
}
