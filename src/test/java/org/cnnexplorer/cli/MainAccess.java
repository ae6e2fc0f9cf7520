package org.cnnexplorer.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in-process from tests of other packages; stderr goes to the test's own. */
public final class MainAccess {

    private MainAccess() {
    }

    public static int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    }
}
