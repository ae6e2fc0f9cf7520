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
     * fit it, is an {@link IllegalArgumentException} naming the layer, and so is an image whose layers' maps
     * do not fit in memory (naming the network, the input size and the memory); a cancelled request ends
     * with a {@link java.util.concurrent.CancellationException}.
     */
    Inspection inspect(InspectionRequest request);

    /**
     * The gradient {@code d score / d layer} of {@code request} in inference mode (batch norm with its
     * running statistics, no dropout), as the layer's {@code C x H x W} values in PyTorch's order; the
     * same errors as {@link #inspect}, and a layer the score does not depend on is an
     * {@link IllegalArgumentException}.
     */
    float[] gradient(GradientRequest request);

    /** The first engine on the class path. */
    static InspectionEngine discover() {
        return ServiceLoader.load(InspectionEngine.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no inspection engine on the class path"));
    }
}
