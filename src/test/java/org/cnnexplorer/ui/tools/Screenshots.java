package org.cnnexplorer.ui.tools;

import javafx.application.Application;

/** Main class of the screenshot tour (JavaFX will not start an Application subclass from the class path). */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) {
        Application.launch(ScreenshotTour.class, args);
    }
}
