package org.cnnexplorer.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.cnnexplorer.i18n.Messages;
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
        closeText(alert);
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

    /** What to do with unsaved work when quitting. */
    enum QuitChoice { SAVE, DISCARD, CANCEL }

    /** Asks whether to save the listed unsaved work before quitting; waits for the answer. */
    static QuitChoice askToSave(Window owner, java.util.List<String> unsaved) {
        return askToSave(owner, unsaved, Messages.text("dialog.quit.title"), Messages.text("dialog.quit.header"));
    }

    /** Asks whether to save the listed unsaved work before {@code header}'s action; waits for the answer. */
    static QuitChoice askToSave(Window owner, java.util.List<String> unsaved, String title, String header) {
        ButtonType save = new ButtonType(Messages.text("dialog.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.text("dialog.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(wrapped(Messages.text("dialog.not-saved", String.join("; ", unsaved))));
        alert.getDialogPane().getStyleClass().add("quit-dialog");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? QuitChoice.SAVE : answer == discard ? QuitChoice.DISCARD : QuitChoice.CANCEL;
    }

    /** A dialog with wrapped text that is read and closed (About, the shortcuts). */
    static void info(Window owner, String title, javafx.scene.Node content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().getStyleClass().add("info-dialog");
        closeText(alert);
        alert.setResizable(true);
        alert.show();
    }

    /** The dialog's OK button in the interface's language (JavaFX names it in the system's). */
    private static void closeText(Alert alert) {
        alert.getButtonTypes().setAll(new ButtonType(Messages.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
    }

    static Label text(String text) {
        Label label = wrapped(text);
        label.getStyleClass().remove("error-message");
        return label;
    }
}
