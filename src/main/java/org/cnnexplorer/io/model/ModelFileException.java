package org.cnnexplorer.io.model;

import org.cnnexplorer.io.Printable;

/**
 * A model file that cannot be used. The message is for users: it names the file, the line and
 * column or JSON path, what was found and what was expected, on one line: whatever it quotes
 * from the file is {@link Printable}.
 */
public final class ModelFileException extends Exception {

    public ModelFileException(String message) {
        super(Printable.of(message));
    }

    public ModelFileException(String message, Throwable cause) {
        super(Printable.of(message), cause);
    }
}
