package org.cnnexplorer.ui.common;

import org.cnnexplorer.i18n.Messages;

/** Whether the text of a number field is a whole number within its limits, and if not, why. */
public final class WholeNumberText {

    private WholeNumberText() {
    }

    /** The reason the text is not a value from min to max, or null when it is one. */
    public static String problem(String text, int min, int max) {
        String digits = digits(text);
        if (digits.isEmpty()) {
            return Messages.text("number.type", min, max);
        }
        long value;
        try {
            value = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Messages.text("number.not-whole", text.trim());
        }
        if (value < min) {
            return Messages.text("number.at-least", min, value);
        }
        if (value > max) {
            return Messages.text("number.at-most", String.format(java.util.Locale.ROOT, "%,d", max), value);
        }
        return null;
    }

    /** The value of text that {@link #problem} accepts. */
    public static int value(String text) {
        return Integer.parseInt(digits(text));
    }

    private static String digits(String text) {
        return text.trim().replace(",", "").replace("_", "");
    }
}
