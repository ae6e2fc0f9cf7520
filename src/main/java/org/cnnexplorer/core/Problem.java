package org.cnnexplorer.core;

/**
 * Why a layer cannot work as configured, e.g. {@code pool5: input 256x1x1 is smaller than ...}.
 * The reason is a {@link Message}, so the same problem reads in the language current when shown.
 */
public record Problem(String layer, Message reason) {

    /** The reason in the current language. */
    public String message() {
        return reason.text();
    }

    @Override
    public String toString() {
        return layer + ": " + message();
    }
}
