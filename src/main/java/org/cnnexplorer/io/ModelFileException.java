package org.cnnexplorer.io;

/**
 * A model file that cannot be used. The message is for users: it names the file, the line and
 * column or JSON path, what was found and what was expected.
 */
public final class ModelFileException extends Exception {

    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
