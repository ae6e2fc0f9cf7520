package org.cnnexplorer.io.model;

import java.util.Comparator;
import java.util.Set;
import org.cnnexplorer.i18n.Messages;

/** The "did you mean" hint for a misspelt field: the known name closest to what was written. */
final class FieldNames {

    private static final int MAX_EDITS = 2;

    private FieldNames() {
    }

    /** {@code " (did you mean 'stride'?)"}, or empty when no known name is close. */
    static String suggestion(String field, Set<String> known) {
        return known.stream()
                .filter(k -> k.startsWith(field) || field.startsWith(k)
                        || distance(k, field) <= Math.min(MAX_EDITS, field.length() / 3))
                .min(Comparator.comparingInt((String k) -> distance(k, field)).thenComparing(k -> k))
                .map(k -> Messages.text("io.json.didYouMean", k)).orElse("");
    }

    /** Case-insensitive Levenshtein distance. */
    static int distance(String a, String b) {
        String x = a.toLowerCase();
        String y = b.toLowerCase();
        int[] previous = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            int[] current = new int[y.length() + 1];
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[y.length()];
    }
}
