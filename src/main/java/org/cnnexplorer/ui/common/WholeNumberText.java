package org.cnnexplorer.ui.common;

/** Whether the text of a number field is a whole number within its limits, and if not, why. */
public final class WholeNumberText {

    private WholeNumberText() {
    }

    /** The reason the text is not a value from min to max, or null when it is one. */
    public static String problem(String text, int min, int max) {
        String digits = digits(text);
        if (digits.isEmpty()) {
            return "type a whole number from " + min + " to " + max;
        }
        long value;
        try {
            value = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return "'" + text.trim() + "' is not a whole number";
        }
        if (value < min) {
            return "at least " + min + ", not " + value;
        }
        if (value > max) {
            return "at most " + String.format("%,d", max) + ", not " + value;
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
