package org.cnnexplorer.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.cnnexplorer.ui.common.Notifier;

/**
 * Error dialogs: they never block the FX thread (shown, not waited for) and keep messages
 * readable: a message of a few lines is wrapped text the dialog grows to fit, only a very long one
 * (a stack of problems) goes into a scrolling box.
 */
public final class Dialogs {

    /** Longer messages scroll. */
    static final int LONGEST_WRAPPED = 900;

    private Dialogs() {
    }

    static Notifier notifier(Window owner) {
        return (title, message) -> error(owner, title, message);
    }

    /** Shows an error without waiting for it to be closed. Call on the FX thread. */
    public static void error(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(message.length() <= LONGEST_WRAPPED ? wrapped(message) : scrolling(message));
        alert.getDialogPane().getStyleClass().add("error-dialog");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.show();
    }

    private static Label wrapped(String message) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.setPrefWidth(560);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("error-message");
        return text;
    }

    private static TextArea scrolling(String message) {
        TextArea text = new TextArea(message);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(16);
        text.getStyleClass().add("error-message");
        return text;
    }
}
