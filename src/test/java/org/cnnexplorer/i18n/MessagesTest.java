package org.cnnexplorer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.LineNumberReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.ENGLISH);
    }

    @Test
    void everyEnglishKeyHasAKoreanTextAndNoMore() throws IOException {
        Map<String, String> en = entries("messages.properties");
        Map<String, String> ko = entries("messages_ko.properties");
        Set<String> missing = new TreeSet<>(en.keySet());
        missing.removeAll(ko.keySet());
        Set<String> extra = new TreeSet<>(ko.keySet());
        extra.removeAll(en.keySet());
        assertTrue(missing.isEmpty(), "keys without a Korean text: " + missing);
        assertTrue(extra.isEmpty(), "Korean keys without an English text: " + extra);
    }

    @Test
    void bothLanguagesTakeTheSameArguments() throws IOException {
        Map<String, String> en = entries("messages.properties");
        Map<String, String> ko = entries("messages_ko.properties");
        List<String> differ = new ArrayList<>();
        en.forEach((key, text) -> {
            if (ko.containsKey(key) && !arguments(text).equals(arguments(ko.get(key)))) {
                differ.add(key);
            }
        });
        assertTrue(differ.isEmpty(), "arguments differ between English and Korean: " + differ);
    }

    @Test
    void noKeyIsWrittenTwiceInABundle() throws IOException {
        entries("messages.properties");
        entries("messages_ko.properties");
    }

    @Test
    void argumentsAreFilledInAsTheyAre() {
        assertEquals("conv1: 5x5 kernel on 3x3 input, 1,234 MACs {2} {x}",
                Messages.fill("{0}: {1} kernel on 3x3 input, 1,234 MACs {2} {x}", "conv1", "5x5"));
        assertEquals("it's 'quoted'", Messages.fill("it's 'quoted'"));
    }

    @Test
    void aSwitchOfLanguageChangesTheText() {
        assertEquals("English", Messages.text("language.name"));
        Messages.setLanguage(Language.KOREAN);
        assertEquals("한국어", Messages.text("language.name"));
        assertEquals(Language.KOREAN, Messages.language());
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertEquals("!no.such.key!", Messages.text("no.such.key"));
    }

    @Test
    void languageCodesAndLocales() {
        assertEquals(Language.KOREAN, Language.ofCode("KO").orElseThrow());
        assertTrue(Language.ofCode("fr").isEmpty());
        assertEquals(Language.KOREAN, Language.fromLocale(java.util.Locale.KOREA));
        assertEquals(Language.ENGLISH, Language.fromLocale(java.util.Locale.GERMANY));
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The file's keys in order; fails on a key written twice (a merge can do that). */
    static Map<String, String> entries(String file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Messages.class.getResourceAsStream(file);
                LineNumberReader reader = new LineNumberReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            java.util.Properties one = new java.util.Properties();
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                one.clear();
                one.load(new java.io.StringReader(trimmed));
                for (String key : one.stringPropertyNames()) {
                    String before = entries.put(key, one.getProperty(key));
                    assertTrue(before == null, file + ":" + reader.getLineNumber() + ": key " + key + " written twice");
                }
            }
        }
        return entries;
    }
}
