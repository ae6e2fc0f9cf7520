package org.cnnexplorer.i18n;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(InKorean.class)}: every test of the class runs with the Korean texts and
 * leaves English behind (tests run with an English locale, and the language is process-wide).
 */
public final class InKorean implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        Messages.setLanguage(Language.KOREAN);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.setLanguage(Language.ENGLISH);
    }
}
