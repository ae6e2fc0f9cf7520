package org.cnnexplorer.data;

import java.util.List;
import java.util.Locale;
import org.cnnexplorer.i18n.Messages;

/** The data sets CNN Explorer trains on, with their image shape and class names. */
public enum DatasetId {
    MNIST("mnist", "MNIST", 1, 28, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST", 1, 28, List.of("T-shirt/top", "Trouser", "Pullover", "Dress",
            "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")),
    CIFAR10("cifar10", "CIFAR-10", 3, 32, List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
            "horse", "ship", "truck"));

    private final String id;
    private final String displayName;
    private final int channels;
    private final int size;
    private final List<String> classNames;

    DatasetId(String id, String displayName, int channels, int size, List<String> classNames) {
        this.id = id;
        this.displayName = displayName;
        this.channels = channels;
        this.size = size;
        this.classNames = classNames;
    }

    /** The id used on the command line and in settings: {@code mnist}, {@code fashion-mnist}, {@code cifar10}. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return size;
    }

    public int width() {
        return size;
    }

    public int classes() {
        return classNames.size();
    }

    public List<String> classNames() {
        return classNames;
    }

    /** Accepts the id, the display name, or common spellings ({@code cifar-10}, {@code fashion_mnist}). */
    public static DatasetId parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (DatasetId dataset : values()) {
            if (dataset.id.equals(key) || dataset.displayName.toLowerCase(Locale.ROOT).equals(key)
                    || dataset.id.equals(key.replace("-", ""))) {
                return dataset;
            }
        }
        throw new IllegalArgumentException(Messages.text("data.unknown", text));
    }

    @Override
    public String toString() {
        return displayName;
    }
}
