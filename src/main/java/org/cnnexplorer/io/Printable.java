package org.cnnexplorer.io;

/**
 * Text from a file or the command line made safe to print: control characters (a newline, an
 * ANSI escape sequence), invisible format characters (bidi overrides) and line separators are
 * written as {@code \n}, {@code \t}, {@code \r} or {@code \u001b}, so a message stays on one line
 * and nothing reaches the terminal as a command.
 */
public final class Printable {

    private Printable() {
    }

    /** The text with every unprintable character escaped; the same string when there is none. */
    public static String of(String text) {
        if (text == null || isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> out.append(isUnsafe(c) ? escape(c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** True when the text has nothing to escape. */
    public static boolean isPlain(String text) {
        return text.chars().noneMatch(Printable::isUnsafe);
    }

    /** A control, format or separator character. */
    public static boolean isUnsafe(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String escape(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04X", c);
        };
    }
}
