package org.cnnexplorer.io.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import org.cnnexplorer.core.NetworkSpec;

/**
 * Opens a model file of any known format: the project's JSON ({@link ModelFiles}) or a format
 * provided through {@link ModelFormat} (ONNX), chosen by the file name's ending.
 */
public final class ModelSources {

    private static final List<ModelFormat> FORMATS = ServiceLoader.load(ModelFormat.class).stream()
            .map(ServiceLoader.Provider::get).toList();

    private ModelSources() {
    }

    /** The formats besides JSON that this build can read. */
    public static List<ModelFormat> formats() {
        return FORMATS;
    }

    /** True when the name ends with an extension a {@link ModelFormat} reads. */
    public static boolean isOtherFormat(String fileName) {
        return format(fileName).isPresent();
    }

    /** Reads a JSON model file, or a file of another known format. */
    public static NetworkSpec read(Path file) throws ModelFileException {
        Optional<ModelFormat> format = format(String.valueOf(file.getFileName()));
        return format.isPresent() ? format.get().read(file) : ModelFiles.read(file);
    }

    private static Optional<ModelFormat> format(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return FORMATS.stream().filter(f -> lower.endsWith(f.extension())).findFirst();
    }
}
