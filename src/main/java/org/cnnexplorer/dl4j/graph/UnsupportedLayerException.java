package org.cnnexplorer.dl4j.graph;

import org.cnnexplorer.i18n.Messages;

/** A layer the DL4J backend cannot express; the message starts "not trainable in this backend". */
public final class UnsupportedLayerException extends RuntimeException {

    public UnsupportedLayerException(String layer, String why) {
        super(Messages.text("dl4j.unsupported", layer, why), null, false, false);
    }
}
