package org.cnnexplorer.training;

import java.nio.file.Path;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.SpecException;

/**
 * What a training run is asked to do. {@code dataset} is {@code mnist}, {@code fashion-mnist} or
 * {@code cifar10}; {@code trainLimit} and {@code testLimit} of 0 mean the whole split;
 * {@code dataDir} may be null (use the default search path); {@code schedule} moves the learning
 * rate over the run's steps (from its first to its last, so a continued run starts a new one);
 * {@code resize} scales the images (training and test alike) to a size the network runs at
 * ({@link ImageResize#NONE} when null: the data set's own size).
 */
public record TrainingSettings(String dataset, int epochs, int batchSize, Optimizer optimizer, double learningRate,
                               LearningRateSchedule schedule,
                               int trainLimit, int testLimit, long seed, Path dataDir, ImageResize resize) {

    public TrainingSettings {
        resize = resize == null ? ImageResize.NONE : resize;
        if (dataset == null || dataset.isBlank()) {
            throw new SpecException("run.settings.dataset");
        }
        if (epochs < 1) {
            throw new SpecException("run.settings.epochs", epochs);
        }
        if (batchSize < 1) {
            throw new SpecException("run.settings.batch", batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new SpecException("core.spec.recipe.rate", learningRate);
        }
        if (trainLimit < 0 || testLimit < 0) {
            throw new SpecException("run.settings.subset");
        }
        if (optimizer == null) {
            throw new SpecException("run.settings.optimizer");
        }
        if (schedule == null) {
            throw new SpecException("run.settings.schedule");
        }
    }

    /** Settings that keep the images at the data set's size. */
    public TrainingSettings(String dataset, int epochs, int batchSize, Optimizer optimizer, double learningRate,
                            LearningRateSchedule schedule, int trainLimit, int testLimit, long seed, Path dataDir) {
        this(dataset, epochs, batchSize, optimizer, learningRate, schedule, trainLimit, testLimit, seed, dataDir,
                ImageResize.NONE);
    }

    /** These settings with the images resized as {@code newResize} says. */
    public TrainingSettings withResize(ImageResize newResize) {
        return new TrainingSettings(dataset, epochs, batchSize, optimizer, learningRate, schedule, trainLimit,
                testLimit, seed, dataDir, newResize);
    }

    /** Adam, learning rate 1e-3 held constant, batch 64, one epoch on the whole data set. */
    public static TrainingSettings defaults(String dataset) {
        return new TrainingSettings(dataset, 1, 64, Optimizer.ADAM, 1e-3, LearningRateSchedule.CONSTANT, 0, 0, 42,
                null);
    }

    /** A rate as people write it: 0.0003, not 3.0000000000000003E-4 (6 significant digits at most). */
    public static String formatRate(double rate) {
        return formatRate(rate, 6);
    }

    /**
     * A rate rounded to that many significant digits without trailing zeros: written out down to
     * 0.00001, in powers of ten below (3e-8, the end of a cosine decay).
     */
    public static String formatRate(double rate, int significantDigits) {
        if (!Double.isFinite(rate)) {
            return String.valueOf(rate);
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(rate)
                .round(new java.math.MathContext(significantDigits)).stripTrailingZeros();
        return rate == 0 || Math.abs(rate) >= 1e-5 ? rounded.toPlainString()
                : rounded.toString().replace("E", "e");
    }
}
