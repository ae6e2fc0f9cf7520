package org.cnnexplorer.core;

/** Why a layer cannot work as configured, e.g. {@code pool5: input 256x1x1 is smaller than ...}. */
public record Problem(String layer, String message) {

    @Override
    public String toString() {
        return layer + ": " + message;
    }
}
