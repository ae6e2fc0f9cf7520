package org.cnnexplorer.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key that the core, training and inside packages name as a literal
 * ({@code "problem.pool.tooSmall"}, {@code "run.loss.nan"}) is in both message bundles, so no
 * user ever reads {@code !key!}.
 */
class CoreMessageKeysTest {

    private static final List<Path> SOURCES = Stream.of("core", "training", "inside")
            .map(p -> Path.of("src/main/java/org/cnnexplorer", p)).toList();
    private static final Pattern KEY = Pattern.compile("\"((?:problem|core|metric|run|calc)\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");

    @Test
    void everyKeyNamedInTheCoreIsInBothBundles() throws IOException {
        Set<String> used = usedKeys();
        assertFalse(used.isEmpty(), "no keys found under " + SOURCES);
        for (String bundle : List.of("messages.properties", "messages_ko.properties")) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(bundle(bundle).stringPropertyNames());
            assertTrue(missing.isEmpty(), "keys missing from " + bundle + ": " + missing);
        }
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CoreMessageKeysTest.class.getResourceAsStream("/org/cnnexplorer/i18n/" + name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
