package org.cnnexplorer.inside;

import java.util.Locale;
import org.cnnexplorer.i18n.Messages;

/**
 * How filter weights become grey levels: {@code level = 0.5 + w / (2 L)}, so that a zero weight is mid
 * grey, {@code -L} black and {@code +L} white, with {@code L} the largest {@code |w|} of each filter
 * ({@link #PER_FILTER}: every filter's pattern at full contrast) or of all filters of the snapshot
 * ({@link #SHARED}: filters comparable with each other, weak ones faint).
 */
public enum FilterScale {
    PER_FILTER("filter"),
    SHARED("shared");

    private final String id;

    FilterScale(String id) {
        this.id = id;
    }

    /** The command line's word: {@code filter} or {@code shared}. */
    public String id() {
        return id;
    }

    /** The scale as one sentence for the interface. */
    public String description() {
        return Messages.text("filters.scale." + id);
    }

    /** The scale of a command-line word; anything else is an exception naming the two. */
    public static FilterScale parse(String text) {
        for (FilterScale scale : values()) {
            if (scale.id.equals(text.toLowerCase(Locale.ROOT))) {
                return scale;
            }
        }
        throw new IllegalArgumentException(Messages.text("filters.scale.unknown", text));
    }
}
