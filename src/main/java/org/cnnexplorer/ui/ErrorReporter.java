package org.cnnexplorer.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The last line of defence: an exception no screen handled is shown in a dialog and logged, and
 * the app goes on, so a bug never takes the user's work with it.
 */
final class ErrorReporter {

    private ErrorReporter() {
    }

    static void report(Stage owner, Throwable error) {
        error.printStackTrace();
        Runnable show = () -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(error));
            alert.setHeaderText("Something went wrong; your work is still open.");
            if (owner.isShowing()) {
                alert.initOwner(owner);
            }
            alert.show();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
