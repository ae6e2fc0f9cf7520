package org.cnnexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import org.cnnexplorer.ui.common.BuiltIns;

/**
 * The main class. JavaFX refuses to start an {@code Application} subclass as the main class when
 * it sits on the class path rather than the module path; a plain class that launches it works both
 * ways ({@code mvn javafx:run}, {@code java -cp ...}). While the toolkit starts, the built-in
 * networks are parsed on another thread. {@code --verbose} lets the libraries log at INFO.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> options = new ArrayList<>(List.of(args));
        quietLibraries(options.removeIf("--verbose"::equals));
        BuiltIns.warmUp();
        Application.launch(CnnExplorerApp.class, options.toArray(String[]::new));
    }

    /**
     * ND4J's and DL4J's INFO lines (backend, BLAS, build information) only with {@code --verbose};
     * set before training first loads ND4J ({@code simplelogger.properties} says the same).
     */
    private static void quietLibraries(boolean verbose) {
        String level = "org.slf4j.simpleLogger.defaultLogLevel";
        if (verbose || System.getProperty(level) == null) {
            System.setProperty(level, verbose ? "info" : "warn");
        }
    }
}
