package org.cnnexplorer.cli;

import java.nio.file.Path;
import java.util.Set;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.TrainingRecipe;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.training.ImageResize;
import org.cnnexplorer.training.TrainingSettings;

/**
 * The options of {@code train}: data set, epochs, batch, optimizer, learning rate, schedule, subsets, data dir,
 * image resize.
 */
final class TrainOptions {

    static final Set<String> NAMES = Set.of("dataset", "epochs", "batch", "optimizer", "lr", "schedule", "limit",
            "test-limit", "data-dir", "seed", "checkpoint", "resume", "resize", "init", "width-mult", "depth-mult",
            "resolution-mult");

    private TrainOptions() {
    }

    /** The settings asked for; optimizer, learning rate and schedule not given come from the network's recipe. */
    static TrainingSettings settings(Args args, TrainingRecipe recipe) throws CliException {
        return settings(args, recipe, null);
    }

    /** As above; without {@code --data-dir}, the data directory is {@code defaultDataDir} (may be null). */
    static TrainingSettings settings(Args args, TrainingRecipe recipe, Path defaultDataDir) throws CliException {
        return settings(args, recipe, defaultDataDir, null);
    }

    /** As above; without {@code --dataset}, {@code defaultDataset} (a resumed run's), or an error when null. */
    static TrainingSettings settings(Args args, TrainingRecipe recipe, Path defaultDataDir, String defaultDataset)
            throws CliException {
        if (!args.has("dataset") && defaultDataset == null) {
            throw new CliException(Messages.text("cli.train.datasetRequired"));
        }
        try {
            DatasetId dataset = DatasetId.parse(args.option("dataset", defaultDataset));
            Optimizer optimizer = args.has("optimizer") ? Optimizer.parse(args.option("optimizer", ""))
                    : recipe.optimizer();
            double defaultRate = recipe.learningRateFor(optimizer);
            return new TrainingSettings(dataset.id(), args.intOption("epochs", 1, 1), args.intOption("batch", 64, 1),
                    optimizer, args.doubleOption("lr", defaultRate),
                    LearningRateSchedule.parse(args.option("schedule", recipe.schedule().id())),
                    args.intOption("limit", 0, 0), args.intOption("test-limit", 0, 0),
                    args.intOption("seed", 42, 0), args.has("data-dir") ? dataDir(args) : defaultDataDir,
                    resize(args));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** {@code --resize HxW|min|paper}: the size the images are resized to; none when not given. */
    static ImageResize resize(Args args) throws CliException {
        try {
            return ImageResize.parse(args.option("resize", "none"));
        } catch (IllegalArgumentException e) {
            throw new CliException(Messages.text("cli.train.resize", ImageResize.MAX_SIDE, args.option("resize", "")));
        }
    }

    static Path dataDir(Args args) {
        return args.has("data-dir") ? Path.of(args.option("data-dir", "")) : null;
    }

    static Path path(Args args, String name) {
        return args.has(name) ? Path.of(args.option(name, "")) : null;
    }
}
