package org.cnnexplorer.io.model;

import java.nio.file.Path;
import org.cnnexplorer.core.NetworkSpec;

/**
 * A model file format other than the project's JSON, found through {@link java.util.ServiceLoader}
 * (as {@code training.TrainingBackend} is), so that io need not depend on the libraries that read
 * it. The ONNX reader in {@code org.cnnexplorer.onnx} is one.
 */
public interface ModelFormat {

    /** The file name ending this format reads, lower case with the dot, e.g. {@code .onnx}. */
    String extension();

    /** A short name for file choosers, e.g. {@code ONNX model}. */
    String description();

    /** Reads the file into a network spec; every failure is a one-line message naming the file. */
    NetworkSpec read(Path file) throws ModelFileException;
}
