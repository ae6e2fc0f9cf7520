package org.cnnexplorer.inside;

import java.util.ServiceLoader;

/**
 * Runs one image through a network and returns every layer's output: the DL4J engine in
 * {@code org.cnnexplorer.dl4j}, found with {@link #discover()} so that callers load no backend classes
 * until they inspect.
 */
public interface InspectionEngine {

    /**
     * The forward pass of {@code request}. A network the backend cannot express, or weights that do not
     * fit it, is an {@link IllegalArgumentException} naming the layer; a cancelled request ends with a
     * {@link java.util.concurrent.CancellationException}.
     */
    Inspection inspect(InspectionRequest request);

    /** The first engine on the class path. */
    static InspectionEngine discover() {
        return ServiceLoader.load(InspectionEngine.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no inspection engine on the class path"));
    }
}
