package org.cnnexplorer.data;

/** The user stopped a download. What was fetched stays in a {@code .part} file, and the next download resumes it. */
public final class DownloadCancelledException extends DataException {

    public DownloadCancelledException(String message) {
        super(message);
    }
}
