package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cnnexplorer.data.DataDirectories;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.data.Datasets;
import org.cnnexplorer.data.Split;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.report.DisplayWidth;

/** {@code cnnx datasets [--data-dir DIR]}: the search path and where each data set was found. */
final class DatasetsCommand {

    private DatasetsCommand() {
    }

    static int run(List<String> words, PrintStream out) throws CliException {
        Args args = Args.parse(words, Set.of("data-dir"));
        DataDirectories directories = DataDirectories.standard(TrainOptions.dataDir(args));
        out.println(Messages.text("cli.datasets.searchPath"));
        for (DataDirectories.Location location : directories.locations()) {
            out.println("  " + location.directory() + "  (" + location.label() + ")");
        }
        for (DatasetId dataset : DatasetId.values()) {
            Path train = Datasets.locate(dataset, Split.TRAIN, directories).orElse(null);
            Path test = Datasets.locate(dataset, Split.TEST, directories).orElse(null);
            out.println(DisplayWidth.padRight(dataset.displayName(), 14) + " " + (train == null || test == null
                    ? Messages.text("cli.datasets.notFound", dataset.id()) : train));
        }
        return 0;
    }
}
