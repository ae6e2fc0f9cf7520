package org.cnnexplorer.ui;

import javafx.application.Application;
import org.cnnexplorer.ui.common.BuiltIns;

/**
 * The main class. JavaFX refuses to start an {@code Application} subclass as the main class when
 * it sits on the class path rather than the module path; a plain class that launches it works both
 * ways ({@code mvn javafx:run}, {@code java -cp ...}). While the toolkit starts, the built-in
 * networks are parsed on another thread.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        BuiltIns.warmUp();
        Application.launch(CnnExplorerApp.class, args);
    }
}
