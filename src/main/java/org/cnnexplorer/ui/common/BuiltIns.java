package org.cnnexplorer.ui.common;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.cnnexplorer.io.model.ModelCatalog;

/**
 * The built-in networks for the network list, parsed once. The launcher starts parsing while the
 * toolkit starts ({@link #warmUp}); the window then waits for that result instead of parsing
 * the same files again on the FX thread.
 */
public final class BuiltIns {

    private static volatile CompletableFuture<List<ModelCatalog.Entry>> entries;

    private BuiltIns() {
    }

    /** Starts parsing the built-ins on a daemon thread. */
    public static synchronized void warmUp() {
        if (entries == null) {
            entries = CompletableFuture.supplyAsync(ModelCatalog::builtIns, Background.workers());
        }
    }

    public static List<ModelCatalog.Entry> entries() {
        warmUp();
        return entries.join();
    }
}
