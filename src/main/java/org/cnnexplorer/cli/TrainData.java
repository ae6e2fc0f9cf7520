package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.cnnexplorer.data.DataDirectories;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.data.Datasets;
import org.cnnexplorer.data.Split;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSettings;

/**
 * Where {@code train} reads its images: the folder named on the first progress line, a warning
 * when a data directory was asked for but the set was found elsewhere on the search path, and the
 * data directory a resumed run defaults to (the one it was trained from).
 */
final class TrainData {

    private TrainData() {
    }

    /**
     * The data directory holding the folder {@code saved} was trained from; for runs saved before
     * that was recorded, the data directory it was given, if any; else null (the normal search).
     */
    static Path trainedDataDirectory(TrainingRun saved) {
        if (saved == null) {
            return null;
        }
        Path folder = saved.dataFolder();
        return folder != null && folder.getParent() != null ? folder.getParent() : saved.settings().dataDir();
    }

    /**
     * The data set folder the run will read its training images from (the session searches the
     * same way), or null when it is nowhere: then the run fails with the full list of places.
     * {@code askedBy} says who chose {@code settings.dataDir()} (for the warning), or is null.
     */
    static Path locate(TrainingSettings settings, String askedBy, PrintStream err) {
        DatasetId dataset = DatasetId.parse(settings.dataset());
        DataDirectories directories = DataDirectories.standard(settings.dataDir());
        Path folder = Datasets.locate(dataset, Split.TRAIN, directories).orElse(null);
        if (folder != null && settings.dataDir() != null && askedBy != null
                && !folder.getParent().equals(directories.searchPath().get(0))) {
            err.println("cnnx: " + Messages.text("cli.warning", Messages.text("cli.train.noDataThere", askedBy,
                    directories.searchPath().get(0), dataset.displayName(), DataDirectories.folderName(dataset),
                    folder)));
        }
        return folder;
    }
}
