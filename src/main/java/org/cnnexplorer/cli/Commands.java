package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.util.List;

/** Commands beyond the analysis ones (training, benchmarks, downloads). */
final class Commands {

    private Commands() {
    }

    static String extraUsage() {
        return "";
    }

    static int runExtra(String command, List<String> rest, PrintStream out, PrintStream err) throws CliException {
        throw new CliException("unknown command '" + command + "'; run 'cnnx help' for the list");
    }
}
