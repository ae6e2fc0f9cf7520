package org.cnnexplorer.ui.training;

import java.nio.file.Path;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.training.TrainingSettings;

/**
 * What the user asks training to do: data set, epochs, batch size, optimizer, learning rate (as
 * typed), subset sizes (0 = the whole split) and data directory (blank = the default search path).
 * Starts at a quick lecture demo: MNIST, 2 epochs on 6,000 images.
 */
public final class TrainingForm {

    private static final long SEED = 42;

    private final ObjectProperty<DatasetId> dataset = new SimpleObjectProperty<>(DatasetId.MNIST);
    private final IntegerProperty epochs = new SimpleIntegerProperty(2);
    private final IntegerProperty batch = new SimpleIntegerProperty(64);
    private final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>(Optimizer.ADAM);
    private final StringProperty learningRate = new SimpleStringProperty("0.001");
    private final IntegerProperty trainLimit = new SimpleIntegerProperty(6000);
    private final IntegerProperty testLimit = new SimpleIntegerProperty(1000);
    private final StringProperty dataDir = new SimpleStringProperty("");

    /** The settings as typed, or an {@link IllegalArgumentException} saying what is wrong. */
    public TrainingSettings settings() {
        double rate;
        try {
            rate = Double.parseDouble(learningRate.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("learning rate '" + learningRate.get() + "' is not a number");
        }
        return new TrainingSettings(dataset.get().id(), epochs.get(), batch.get(), optimizer.get(), rate,
                trainLimit.get(), testLimit.get(), SEED, dataDirectory());
    }

    /** The data folder as typed, or null when blank (then the default search path applies). */
    public Path dataDirectory() {
        String dir = dataDir.get() == null ? "" : dataDir.get().trim();
        return dir.isEmpty() ? null : Path.of(dir);
    }

    public ObjectProperty<DatasetId> datasetProperty() {
        return dataset;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public IntegerProperty batchProperty() {
        return batch;
    }

    public ObjectProperty<Optimizer> optimizerProperty() {
        return optimizer;
    }

    public StringProperty learningRateProperty() {
        return learningRate;
    }

    public IntegerProperty trainLimitProperty() {
        return trainLimit;
    }

    public IntegerProperty testLimitProperty() {
        return testLimit;
    }

    public StringProperty dataDirProperty() {
        return dataDir;
    }
}
