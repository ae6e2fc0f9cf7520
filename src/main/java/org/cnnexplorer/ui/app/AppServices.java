package org.cnnexplorer.ui.app;

import java.util.function.Supplier;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.ui.common.PreferenceStore;

/**
 * What the app runs with: where preferences live and how to get a training backend. The backend
 * supplier is called only when training starts, off the FX thread, so that the explorer opens
 * without loading DL4J or ND4J.
 */
public record AppServices(PreferenceStore preferences, Supplier<TrainingBackend> trainingBackend) {

    /** The user's preferences and the backend found on the class path (the DL4J one). */
    public static AppServices standard() {
        return new AppServices(PreferenceStore.user(), TrainingBackend::discover);
    }
}
