package org.cnnexplorer.data;

import java.nio.file.Path;
import org.cnnexplorer.i18n.Messages;

/**
 * A data set that cannot be found, read or downloaded. The message is for users: it names the
 * file (or the places searched, or the URL) and says what is wrong and, where it can, what to do.
 */
public class DataException extends Exception {

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code "<file>: <problem>"}, the form every reader error takes. */
    static DataException inFile(Path file, String problem) {
        return new DataException(file + ": " + problem);
    }

    static DataException inFile(Path file, String problem, Throwable cause) {
        return new DataException(file + ": " + problem, cause);
    }

    /** {@code "<file>: <problem>; download it again with `bin/cnnx download <dataset>`"}: a damaged file. */
    static DataException damaged(Path file, String problem, DatasetId dataset) {
        return new DataException(file + ": " + problem + advice(dataset));
    }

    static DataException damaged(Path file, String problem, DatasetId dataset, Throwable cause) {
        return new DataException(file + ": " + problem + advice(dataset), cause);
    }

    private static String advice(DatasetId dataset) {
        return Messages.text("data.advice", dataset.id());
    }
}
