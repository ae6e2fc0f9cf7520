package org.cnnexplorer.ui;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
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
        int exit = check(options, System.out, System.err);
        if (exit >= 0) {
            System.exit(exit);
        }
        BuiltIns.warmUp();
        Application.launch(CnnExplorerApp.class, options.toArray(String[]::new));
    }

    /**
     * Before the toolkit starts (which needs a display): {@code --help} prints the options (exit 0),
     * an option that cannot be used prints one line saying which and how to get help (exit 2);
     * -1 when the window should start. {@code --lang} applies to these texts too.
     */
    static int check(List<String> options, PrintStream out, PrintStream err) {
        int lang = options.indexOf("--lang");
        if (lang >= 0 && lang + 1 < options.size()) {
            Language.ofCode(options.get(lang + 1)).ifPresent(Messages::setLanguage);
        }
        if (options.contains("--help") || options.contains("-h")) {
            out.println(Messages.text("gui.usage"));
            return 0;
        }
        try {
            AppOptions.parse(options);
            return -1;
        } catch (IllegalArgumentException e) {
            err.println("cnnx-gui: " + e.getMessage());
            err.println(Messages.text("gui.usage.hint"));
            return 2;
        }
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
