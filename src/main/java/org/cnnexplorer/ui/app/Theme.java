package org.cnnexplorer.ui.app;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;

/**
 * Light and dark themes and lecture mode as style classes on the root ({@code dark},
 * {@code lecture}); the stylesheet defines the colours for each through looked-up colours.
 */
public final class Theme {

    public static final String STYLESHEET = Theme.class.getResource("app.css").toExternalForm();

    private Theme() {
    }

    static void bind(Parent root, BooleanProperty dark, BooleanProperty lecture) {
        toggle(root, "dark", dark.get());
        toggle(root, "lecture", lecture.get());
        dark.addListener((obs, old, now) -> toggle(root, "dark", now));
        lecture.addListener((obs, old, now) -> toggle(root, "lecture", now));
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }
}
