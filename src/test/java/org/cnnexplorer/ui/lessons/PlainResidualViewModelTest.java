package org.cnnexplorer.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plain-vs-residual training panel's status line across a switch of language. */
class PlainResidualViewModelTest {

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.ENGLISH);
    }

    @Test
    void theIdleStatusIsMadeAgainInTheNewLanguage() {
        PlainResidualViewModel vm = new PlainResidualViewModel(() -> null, () -> null, Runnable::run, null,
                Runnable::run);
        vm.stepsProperty().set(300);
        String english = vm.statusProperty().get();
        Messages.setLanguage(Language.KOREAN);
        vm.textsChanged();
        String korean = vm.statusProperty().get();
        assertTrue(korean.startsWith("두 망 모두") && korean.contains("300단계"), korean);
        Messages.setLanguage(Language.ENGLISH);
        vm.textsChanged();
        assertEquals(english, vm.statusProperty().get());
    }
}
