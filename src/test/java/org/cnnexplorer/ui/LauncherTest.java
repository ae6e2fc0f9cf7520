package org.cnnexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code bin/cnnx-gui}'s options are checked before the toolkit starts, which needs a display. */
class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void english() {
        Messages.setLanguage(Language.ENGLISH);
    }

    private int check(String... args) {
        return Launcher.check(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheOptionsWithoutAWindow() {
        assertEquals(0, check("--help"));
        String usage = out.toString(StandardCharsets.UTF_8);
        for (String option : List.of("--network", "--tab", "--run", "--lesson", "--lecture", "--size", "--lang",
                "--screenshot")) {
            assertTrue(usage.contains(option), option + " in\n" + usage);
        }
    }

    @Test
    void goodOptionsStartTheWindow() {
        assertEquals(-1, check("--network", "resnet50", "--tab", "inside", "--lecture", "--size", "1280x800",
                "--lang", "en"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--bogus|unknown option --bogus",
        "--size 12|--size takes WIDTHxHEIGHT in pixels from 200 to 20000, such as 1600x1000, not 12",
        "--size 1600xabc|not 1600xabc",
        "--size 99999x800|not 99999x800",
        "--tab nope|--tab takes graph, table, charts, compare, train or inside, not nope",
        "--network|--network needs a value",
        "--network --lecture|--network needs a value",
        "--lang fr|--lang takes en or ko, not fr"})
    void anOptionThatCannotBeUsedIsOneLineAndExitCode2(String args, String message) {
        assertEquals(2, check(args.split(" ")));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("cnnx-gui: ") && said.contains(message), said);
        assertTrue(said.contains("--help"), said);
    }

    @Test
    void helpAndErrorsFollowLang() {
        assertEquals(2, check("--lang", "ko", "--bogus"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("알 수 없는 옵션 --bogus"));
        assertEquals(0, check("--lang", "ko", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("사용법: bin/cnnx-gui"));
    }
}
