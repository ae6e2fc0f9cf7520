package org.cnnexplorer.ui.training;

import java.io.IOException;
import java.nio.file.Path;
import org.cnnexplorer.io.ModelFileException;
import org.cnnexplorer.io.RunFiles;
import org.cnnexplorer.training.TrainingRun;

/** The single call site through which the GUI reads a saved run (curves and result, no weights). */
final class SavedRuns {

    private SavedRuns() {
    }

    static TrainingRun read(Path file) throws IOException {
        try {
            return RunFiles.read(file);
        } catch (ModelFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** True when the run holds model weights, so training can continue from it. */
    static boolean hasWeights(Path file) {
        return RunFiles.hasModel(file);
    }
}
