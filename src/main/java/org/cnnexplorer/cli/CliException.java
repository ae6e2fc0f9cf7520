package org.cnnexplorer.cli;

/** Bad command-line input; its message is printed as one line and the exit code is 2. */
public final class CliException extends Exception {

    public CliException(String message) {
        super(message);
    }
}
