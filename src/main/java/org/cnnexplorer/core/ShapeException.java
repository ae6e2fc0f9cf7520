package org.cnnexplorer.core;

import java.util.Objects;

/**
 * Thrown by a layer when its inputs make it impossible (output below 1x1, channel mismatch).
 * The analyzer turns it into a {@link Problem} naming the layer; it never reaches the user as a trace.
 * It keeps the {@link Message} so the problem reads in the language current when it is shown;
 * {@link #getMessage()} is the text in the current language.
 */
public final class ShapeException extends RuntimeException {

    private final transient Message reason;

    public ShapeException(Message reason) {
        super(null, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ShapeException(String key, Object... args) {
        this(Message.of(key, args));
    }

    public Message reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason.text();
    }
}
