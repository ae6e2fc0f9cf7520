package org.cnnexplorer.io.report;

/**
 * The number of terminal columns a text takes: East Asian wide characters (Hangul syllables and
 * jamo, CJK ideographs, full-width forms) take two, every other code point one, so that tables
 * with Korean headings stay aligned in a monospace terminal.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    /** The columns {@code text} takes: 2 for each wide code point, 1 for the others. */
    public static int of(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    /** {@code text} followed by spaces up to {@code width} columns (unchanged when already as wide). */
    public static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }

    /** Spaces up to {@code width} columns followed by {@code text}. */
    public static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - of(text))) + text;
    }

    /** The East Asian Wide and Fullwidth ranges of Unicode (UAX #11) that texts here can contain. */
    static boolean isWide(int c) {
        return c >= 0x1100 && c <= 0x115F
                || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F
                || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6
                || c >= 0x20000 && c <= 0x3FFFD;
    }
}
