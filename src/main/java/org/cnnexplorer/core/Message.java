package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.cnnexplorer.i18n.Messages;

/**
 * A text for the user, kept as a message-bundle key and its arguments rather than as words, so
 * that it reads in whichever language is current when it is shown, e.g. {@code problem.pool.tooSmall}
 * with {@code 256x1x1, 3x3, 2, 0x0}. Arguments are already formatted pieces (shapes, grouped
 * numbers); an argument that is itself a {@code Message} renders in the same language.
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args)); // a null argument reads "null", as in text()
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The text in the current language ({@link Messages#text(String, Object...)}). */
    public String text() {
        return Messages.text(key, args.toArray());
    }

    @Override
    public String toString() {
        return text();
    }
}
