package org.cnnexplorer.ui.common;

/**
 * Tells the user something went wrong, without stopping the app: the GUI shows a dialog, tests
 * record the message. Called on the FX thread.
 */
@FunctionalInterface
public interface Notifier {

    void error(String title, String message);
}
