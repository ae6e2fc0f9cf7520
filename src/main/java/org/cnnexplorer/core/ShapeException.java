package org.cnnexplorer.core;

/**
 * Thrown by a layer when its inputs make it impossible (output below 1x1, channel mismatch).
 * The analyzer turns it into a {@link Problem} naming the layer; it never reaches the user as a trace.
 */
public final class ShapeException extends RuntimeException {

    public ShapeException(String message) {
        super(message, null, false, false);
    }
}
