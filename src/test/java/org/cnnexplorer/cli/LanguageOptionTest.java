package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.junit.jupiter.api.Test;

/** {@code --lang en|ko} anywhere on the command line chooses the texts of that one command. */
class LanguageOptionTest {

    @Test
    void anUnknownLanguageIsOneLineNamingIt() {
        MainTest.Run run = MainTest.run("models", "--lang", "fr");
        assertEquals(2, run.exit());
        assertEquals("cnnx: --lang takes en or ko, not fr\n", run.err());
    }

    @Test
    void koreanMessagesForOneCommandThenBackToTheLanguageBefore() {
        MainTest.Run run = MainTest.run("--lang", "ko", "models", "--lang");
        assertEquals(2, run.exit());
        assertEquals("cnnx: --lang 다음에 언어가 필요합니다: en 또는 ko\n", run.err().replace("\r", ""));
        MainTest.Run listed = MainTest.run("--lang", "en", "models");
        assertEquals(0, listed.exit());
        assertEquals(Language.ENGLISH, Messages.language());
    }
}
