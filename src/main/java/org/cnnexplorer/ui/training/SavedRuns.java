package org.cnnexplorer.ui.training;

import static org.cnnexplorer.i18n.Messages.text;

import java.io.IOException;
import java.nio.file.Path;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.run.RunFiles;
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

    /** Why {@code file} could not be read, naming it once (the run reader's messages start with it). */
    static String problem(Path file, Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.startsWith(file.toString()) ? message : file + ": " + message;
    }

    /** {@code " (trained on MNIST)"} when a run trained on one data set continues on another, else "". */
    static String otherDatasetNote(String trainedOn, String dataset) {
        String trained = displayName(trainedOn);
        return trainedOn == null || trained.equals(displayName(dataset)) ? ""
                : " " + text("trainstatus.otherDataset", trained);
    }

    private static String displayName(String dataset) {
        try {
            return dataset == null ? "" : DatasetId.parse(dataset).displayName();
        } catch (IllegalArgumentException unknown) {
            return dataset;
        }
    }
}
