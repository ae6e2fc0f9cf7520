package org.cnnexplorer.ui.training;

import static org.cnnexplorer.i18n.Messages.text;

import java.nio.file.Path;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.TrainingRecipe;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.training.ImageResize;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSettings;

/**
 * What the user asks training to do: data set, epochs, batch size, optimizer, learning rate (as
 * typed), subset sizes (0 = the whole split), data directory (blank = the default search path) and
 * the size the images are resized to (none, the network's minimum, the paper's size or a custom one).
 * Starts at a quick lecture demo: MNIST, 2 epochs on 6,000 images. Optimizer, learning rate and
 * schedule follow the explored network's {@link TrainingRecipe}; choosing another optimizer puts in
 * the rate the recipe has for it.
 */
public final class TrainingForm {

    private static final long SEED = 42;

    private final ObjectProperty<DatasetId> dataset = new SimpleObjectProperty<>(DatasetId.MNIST);
    private final IntegerProperty epochs = new SimpleIntegerProperty(2);
    private final IntegerProperty batch = new SimpleIntegerProperty(64);
    private final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>(Optimizer.ADAM);
    private final StringProperty learningRate = new SimpleStringProperty("0.001");
    private final ObjectProperty<LearningRateSchedule> schedule =
            new SimpleObjectProperty<>(LearningRateSchedule.CONSTANT);
    private final IntegerProperty trainLimit = new SimpleIntegerProperty(6000);
    private final IntegerProperty testLimit = new SimpleIntegerProperty(1000);
    private final StringProperty dataDir = new SimpleStringProperty("");
    private final ObjectProperty<ImageResize.Mode> resizeMode = new SimpleObjectProperty<>(ImageResize.Mode.NONE);
    private final IntegerProperty resizeHeight = new SimpleIntegerProperty(64);
    private final IntegerProperty resizeWidth = new SimpleIntegerProperty(64);

    private TrainingRecipe recipe = TrainingRecipe.STANDARD;

    public TrainingForm() {
        optimizer.addListener((obs, old, now) -> {
            if (now != null) {
                learningRate.set(TrainingSettings.formatRate(recipe.learningRateFor(now)));
            }
        });
    }

    /** Puts in the optimizer, learning rate and schedule a network's author suggests. */
    public void useRecipe(TrainingRecipe newRecipe) {
        recipe = newRecipe;
        optimizer.set(newRecipe.optimizer());
        learningRate.set(TrainingSettings.formatRate(newRecipe.learningRate()));
        schedule.set(newRecipe.schedule());
    }

    /** Puts in what a saved run was trained with, so that continuing it keeps its data and optimizer. */
    public void useSettingsOf(TrainingRun run) {
        TrainingSettings saved = run.settings();
        recipe = run.spec().training();
        try {
            dataset.set(DatasetId.parse(saved.dataset()));
        } catch (IllegalArgumentException unknown) {
            // a data set this version does not know: keep the current choice; Start names the problem
        }
        batch.set(saved.batchSize());
        optimizer.set(saved.optimizer());
        learningRate.set(TrainingSettings.formatRate(saved.learningRate()));
        schedule.set(saved.schedule());
        useResize(saved.resize());
    }

    /** Shows {@code resize} in the resize row (its mode, and its size for a custom one). */
    public void useResize(ImageResize resize) {
        if (resize.mode() == ImageResize.Mode.SIZE) {
            resizeHeight.set(resize.height());
            resizeWidth.set(resize.width());
        }
        resizeMode.set(resize.mode());
    }

    /** The resize as chosen: none, the network's minimum, the paper's size, or the custom height x width. */
    public ImageResize resize() {
        ImageResize.Mode mode = resizeMode.get() == null ? ImageResize.Mode.NONE : resizeMode.get();
        return mode == ImageResize.Mode.SIZE ? ImageResize.to(resizeHeight.get(), resizeWidth.get())
                : ImageResize.of(mode);
    }

    /** The settings as typed, or an {@link IllegalArgumentException} saying what is wrong. */
    public TrainingSettings settings() {
        double rate;
        try {
            rate = Double.parseDouble(learningRate.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text("trainstatus.rateNotNumber", learningRate.get()));
        }
        return new TrainingSettings(dataset.get().id(), epochs.get(), batch.get(), optimizer.get(), rate,
                schedule.get(), trainLimit.get(), testLimit.get(), SEED, dataDirectory(), resize());
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

    public ObjectProperty<LearningRateSchedule> scheduleProperty() {
        return schedule;
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

    public ObjectProperty<ImageResize.Mode> resizeModeProperty() {
        return resizeMode;
    }

    public IntegerProperty resizeHeightProperty() {
        return resizeHeight;
    }

    public IntegerProperty resizeWidthProperty() {
        return resizeWidth;
    }
}
