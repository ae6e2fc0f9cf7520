package org.cnnexplorer.dl4j;

/** A layer the DL4J backend cannot express; the message starts "not trainable in this backend". */
public final class UnsupportedLayerException extends RuntimeException {

    public UnsupportedLayerException(String layer, String why) {
        super("not trainable in this backend: " + layer + ": " + why, null, false, false);
    }
}
