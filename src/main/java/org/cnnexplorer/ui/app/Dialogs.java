package org.cnnexplorer.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.cnnexplorer.ui.common.Notifier;

/** Error dialogs: they never block the FX thread (shown, not waited for) and keep long messages readable. */
public final class Dialogs {

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
        TextArea text = new TextArea(message);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(8, 2 + message.length() / 70));
        text.getStyleClass().add("error-message");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().getStyleClass().add("error-dialog");
        alert.show();
    }
}
