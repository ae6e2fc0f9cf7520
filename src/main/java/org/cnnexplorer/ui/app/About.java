package org.cnnexplorer.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.cnnexplorer.i18n.Messages;

/** What Help shows: the version and licence, the credits, and the keyboard shortcuts. Toolkit-free. */
final class About {

    /** Keys, and the key of the text saying what they do, as the menus define them. */
    private static final List<List<String>> SHORTCUTS = List.of(
            List.of("Ctrl+O", "open"),
            List.of("Ctrl+S", "save"),
            List.of("Ctrl+Shift+S", "save-as"),
            List.of("Ctrl+Z", "undo"),
            List.of("Ctrl+Shift+Z, Ctrl+Y", "redo"),
            List.of("Ctrl+1 ... Ctrl+6", "tabs"),
            List.of("Ctrl+0", "fit"),
            List.of("Ctrl+plus, Ctrl+minus", "zoom"),
            List.of("Ctrl+E", "export-csv"),
            List.of("Insert, Shift+Insert", "insert"),
            List.of("Delete", "delete"),
            List.of("Ctrl+Shift+D", "duplicate"),
            List.of("Ctrl+D", "dark"),
            List.of("F11", "lecture"),
            List.of("F5", "train"),
            List.of("Shift+F5", "stop"),
            List.of("F1", "shortcuts"),
            List.of("Ctrl+Q", "quit"));

    private About() {
    }

    static String version() {
        return properties().getProperty("version");
    }

    /** Keys and what they do, in the interface's language. */
    static List<List<String>> shortcuts() {
        return SHORTCUTS.stream().map(s -> List.of(s.get(0), Messages.text("shortcut." + s.get(1)))).toList();
    }

    /** Name, version, licence and credits, as the About box shows them. */
    static String text() {
        Properties p = properties();
        return Messages.text("about.text", p.getProperty("version"), p.getProperty("licence"),
                System.getProperty("java.version"), System.getProperty("javafx.version", "?"));
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = About.class.getResourceAsStream("about.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
