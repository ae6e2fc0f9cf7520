package org.cnnexplorer.ui.explorer;

import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkSpec;

/**
 * What the explorer shows: the network as edited, the analysis settings, where the network came
 * from ({@code source}: a built-in id or a file path) and the network as it was opened, which
 * edits leave alone.
 */
public record ExplorerState(NetworkSpec spec, AnalysisSettings settings, String source, NetworkSpec opened) {

    public ExplorerState {
        if (spec == null || settings == null || opened == null) {
            throw new IllegalArgumentException("a network and settings are required");
        }
    }

    /** True when the network differs from the one opened. */
    public boolean isModified() {
        return !spec.equals(opened);
    }

    /** A freshly opened network with its own input and classes and the given batch, dtype and optimizer. */
    public static ExplorerState opened(NetworkSpec spec, String source, AnalysisSettings previous) {
        AnalysisSettings own = AnalysisSettings.defaultsFor(spec);
        if (previous != null) {
            own = own.withBatch(previous.batch()).withDtype(previous.dtype()).withOptimizer(previous.optimizer())
                    .withScaling(previous.scaling()).withInput(previous.scaling().input(spec.input()));
        }
        return new ExplorerState(spec, own, source, spec);
    }

    public ExplorerState withSpec(NetworkSpec newSpec) {
        return new ExplorerState(newSpec, settings, source, opened);
    }

    public ExplorerState withSettings(AnalysisSettings newSettings) {
        return new ExplorerState(spec, newSettings, source, opened);
    }

    public ExplorerState with(NetworkSpec newSpec, AnalysisSettings newSettings) {
        return new ExplorerState(newSpec, newSettings, source, opened);
    }
}
