package org.cnnexplorer.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cnnexplorer.i18n.Messages;

/** Finding and loading data sets in one call. */
public final class Datasets {

    private Datasets() {
    }

    /**
     * Loads one split from the first data directory that has it.
     *
     * @throws DataException when no directory has it (the message lists every place searched and
     *     how to get the data) or when its files are damaged (the message names the file)
     */
    public static ImageSet load(DatasetId dataset, Split split, DataDirectories directories) throws DataException {
        Path folder = directories.find(dataset, split)
                .orElseThrow(() -> new DataException(missingMessage(dataset, split, directories)));
        return read(dataset, split, folder);
    }

    /** Loads one split from a data set folder such as {@code <dir>/mnist}. */
    public static ImageSet read(DatasetId dataset, Split split, Path folder) throws DataException {
        List<Path> files = DatasetLayout.find(dataset, split, folder).orElseThrow(() -> new DataException(
                Messages.text("data.noFiles", folder, dataset.displayName(), split.id(),
                        DatasetLayout.describe(dataset, split))));
        return dataset == DatasetId.CIFAR10 ? CifarReader.read(split, files)
                : IdxReader.read(dataset, split, files.get(0), files.get(1));
    }

    /** Whether both splits can be found, without reading them. */
    public static boolean isPresent(DatasetId dataset, DataDirectories directories) {
        return isPresent(dataset, Split.TRAIN, directories) && isPresent(dataset, Split.TEST, directories);
    }

    public static boolean isPresent(DatasetId dataset, Split split, DataDirectories directories) {
        return directories.find(dataset, split).isPresent();
    }

    /** The data set folder a split would be loaded from. */
    public static Optional<Path> locate(DatasetId dataset, Split split, DataDirectories directories) {
        return directories.find(dataset, split);
    }

    static String missingMessage(DatasetId dataset, Split split, DataDirectories directories) {
        StringBuilder text = new StringBuilder(Messages.text("data.missing.head", dataset.displayName(), split.id(),
                DatasetLayout.describe(dataset, split)));
        for (DataDirectories.Location location : directories.locations()) {
            text.append("\n  ").append(location.directory().resolve(DatasetLayout.folderName(dataset)))
                    .append("  (").append(location.label()).append(')');
        }
        text.append('\n').append(Messages.text("data.missing.get", dataset.id()));
        if (dataset == DatasetId.FASHION_MNIST) {
            text.append('\n').append(Messages.text("data.missing.apt"));
        }
        return text.append('\n').append(Messages.text("data.missing.elsewhere", DataDirectories.ENV_VAR,
                DatasetLayout.folderName(dataset))).toString();
    }
}
