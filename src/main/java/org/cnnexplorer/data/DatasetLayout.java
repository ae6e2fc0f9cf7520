package org.cnnexplorer.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnnexplorer.i18n.Messages;

/**
 * Where each data set's files sit inside a data directory: {@code mnist/} and
 * {@code fashion-mnist/} hold the four IDX files (gzip or unpacked), {@code cifar-10-batches-bin/}
 * holds {@code data_batch_1.bin .. data_batch_5.bin} and {@code test_batch.bin}.
 */
final class DatasetLayout {

    static final int CIFAR_TRAIN_BATCHES = 5;

    private DatasetLayout() {
    }

    /** The sub-folder of a data directory that holds {@code dataset}. */
    static String folderName(DatasetId dataset) {
        return switch (dataset) {
            case MNIST -> "mnist";
            case FASHION_MNIST -> "fashion-mnist";
            case CIFAR10 -> "cifar-10-batches-bin";
        };
    }

    /** The official names of the files of one split, as downloaded. */
    static List<String> fileNames(DatasetId dataset, Split split) {
        if (dataset == DatasetId.CIFAR10) {
            return split == Split.TEST ? List.of("test_batch.bin") : cifarTrainBatches();
        }
        String prefix = split == Split.TRAIN ? "train" : "t10k";
        return List.of(prefix + "-images-idx3-ubyte.gz", prefix + "-labels-idx1-ubyte.gz");
    }

    /** The files of a split, for messages. */
    static String describe(DatasetId dataset, Split split) {
        return dataset == DatasetId.CIFAR10 && split == Split.TRAIN ? "data_batch_1.bin .. data_batch_5.bin"
                : String.join(Messages.text("data.layout.and"), fileNames(dataset, split));
    }

    /**
     * The files of a split in {@code folder}: for IDX the images then the labels file (a
     * {@code .gz} or its unpacked twin), for CIFAR-10 the batches present, in order. Empty when
     * something is missing.
     */
    static Optional<List<Path>> find(DatasetId dataset, Split split, Path folder) {
        List<Path> found = new ArrayList<>();
        for (String name : fileNames(dataset, split)) {
            Optional<Path> file = existing(folder, name);
            if (file.isEmpty() && dataset != DatasetId.CIFAR10) {
                return Optional.empty();
            }
            file.ifPresent(found::add);
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    private static Optional<Path> existing(Path folder, String name) {
        for (Path candidate : List.of(folder.resolve(name), folder.resolve(name.replaceFirst("\\.gz$", "")))) {
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<String> cifarTrainBatches() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= CIFAR_TRAIN_BATCHES; i++) {
            names.add("data_batch_" + i + ".bin");
        }
        return List.copyOf(names);
    }
}
