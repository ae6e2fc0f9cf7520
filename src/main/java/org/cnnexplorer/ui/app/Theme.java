package org.cnnexplorer.ui.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Parent;
import org.cnnexplorer.i18n.Language;

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

    /**
     * The style class {@code lang-ko} while the interface is Korean: the stylesheet then asks for a
     * font with Hangul first (NanumGothic, Noto Sans CJK KR), since DejaVu Sans has none.
     */
    static void bindLanguage(Parent root, ObjectProperty<Language> language) {
        toggle(root, "lang-ko", language.get() == Language.KOREAN);
        language.addListener((obs, old, now) -> toggle(root, "lang-ko", now == Language.KOREAN));
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }
}
