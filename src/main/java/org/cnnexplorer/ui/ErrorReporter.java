package org.cnnexplorer.ui;

import static org.cnnexplorer.i18n.Messages.text;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.cnnexplorer.ui.app.Dialogs;

/**
 * The last line of defence: an exception no screen handled is shown in a dialog and logged, and
 * the app goes on, so a bug never takes the user's work with it.
 */
final class ErrorReporter {

    private ErrorReporter() {
    }

    static void report(Stage owner, Throwable error) {
        error.printStackTrace();
        Runnable show = () -> Dialogs.error(owner, text("ui.unexpectedError"),
                String.valueOf(error));
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
