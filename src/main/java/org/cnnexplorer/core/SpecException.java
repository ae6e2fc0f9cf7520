package org.cnnexplorer.core;

import java.util.Objects;

/**
 * A spec value a user typed that no layer or block can take (a kernel of 0, a dropout rate of 1),
 * thrown by the records' constructors. Like {@link ShapeException} it keeps the {@link Message};
 * {@link #getMessage()} is its text in the current language, which the model-file reader shows
 * with the JSON path.
 */
public final class SpecException extends IllegalArgumentException {

    private final transient Message reason;

    public SpecException(String key, Object... args) {
        this((Throwable) null, key, args);
    }

    /** A refusal caused by another one, e.g. a scaled layer that its own checks refuse. */
    public SpecException(Throwable cause, String key, Object... args) {
        super(null, cause);
        this.reason = Message.of(key, args);
    }

    public Message reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason.text();
    }
}
