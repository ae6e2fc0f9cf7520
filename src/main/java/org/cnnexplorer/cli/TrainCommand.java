package org.cnnexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cnnexplorer.core.NetworkScaler;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.ScalingMultipliers;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.training.NetworkWeights;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingResult;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSession;
import org.cnnexplorer.training.TrainingSettings;
import org.cnnexplorer.training.TrainingState;

/**
 * {@code cnnx train MODEL_OR_FILE --dataset D [options]}: trains headless, prints progress, and
 * ends with one JSON line. Ctrl+C stops after the current step, evaluates what was learned and
 * still writes the checkpoint. Exit 0 when finished or stopped, 1 when the run failed.
 */
final class TrainCommand {

    static final String SYNOPSIS = "cnnx train MODEL_OR_FILE --dataset mnist|fashion-mnist|cifar10 [--epochs N] "
            + "[--batch N] [--optimizer sgd|momentum|adam] [--lr RATE] [--schedule constant|cosine] "
            + "[--limit N] [--test-limit N] [--data-dir DIR] "
            + "[--seed N] [--checkpoint FILE] [--resume FILE] [--verbose] [--resize HxW|min|paper] "
            + "[--init random|file]";

    private TrainCommand() {
    }

    static int run(List<String> words, PrintStream out, PrintStream err) throws CliException {
        List<String> options = new ArrayList<>(words);
        LibraryLogging.configure(options.removeIf(LibraryLogging.VERBOSE::equals));
        Args args = Args.parse(options, TrainOptions.NAMES);
        Path resume = TrainOptions.path(args, "resume");
        if (args.positionals().size() != (resume == null ? 1 : 0)) {
            throw new CliException(resume == null ? UsageText.usage(SYNOPSIS)
                    : Messages.text("cli.train.modelOrResume"));
        }
        TrainingRun saved = resume == null ? null : savedRun(resume);
        NetworkSpec spec = saved == null ? scaled(AnalysisOptions.load(args.positionals().get(0)), args) : saved.spec();
        TrainingSettings settings = TrainOptions.settings(args, spec.training(), TrainData.trainedDataDirectory(saved),
                saved == null ? null : saved.settings().dataset());
        Path folder = TrainData.locate(settings, args.has("data-dir") ? "--data-dir"
                : saved == null ? null : Messages.text("cli.train.runDataDirectory"), err);
        Path checkpoint = TrainOptions.path(args, "checkpoint");
        removeInterruptedWrite(checkpoint, err);
        TrainingBackend backend = TrainingBackend.discover();
        NetworkWeights initial = initialWeights(args, resume);
        TrainingSession session = resume != null ? backend.resume(resume, settings)
                : backend.create(spec, settings, initial);
        return train(session, settings, checkpoint, new TrainProgress(out, err, settings, spec.id(), folder), out,
                err);
    }

    /** The network at {@code --width-mult} and {@code --depth-mult}; {@code --resolution-mult} is refused. */
    private static NetworkSpec scaled(NetworkSpec spec, Args args) throws CliException {
        ScalingMultipliers scaling = AnalysisOptions.scaling(args);
        if (scaling.resolution() != 1) {
            throw new CliException(Messages.text("cli.scaling.trainResolution"));
        }
        try {
            return NetworkScaler.scale(spec, scaling);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    /**
     * {@code --init random} (the default) or {@code --init file}: start from the weights an ONNX
     * model file holds (null: random).
     */
    private static NetworkWeights initialWeights(Args args, Path resume) throws CliException {
        if (!InitOption.fromFile(args)) {
            return null;
        }
        if (resume != null) {
            throw InitOption.refusal(Messages.text("cli.init.startsFrom"), Messages.text("cli.init.resumed"));
        }
        String model = args.positionals().get(0);
        return InitOption.onnxWeights(model, Messages.text("cli.init.startsFrom"),
                Messages.text("cli.init.hasNone", model));
    }

    private static TrainingRun savedRun(Path checkpoint) throws CliException {
        try {
            TrainingRun run = RunFiles.read(checkpoint);
            if (RunFiles.hasModel(checkpoint)) {
                RunFiles.readModel(checkpoint); // damaged weights are bad input, named before training starts
            }
            return run;
        } catch (ModelFileException e) {
            throw new CliException(e.getMessage());
        }
    }

    /**
     * A {@code FILE.tmp} a killed write of the checkpoint left behind goes before training starts; a
     * checkpoint that could not be written (no such folder, a directory, a file of the user's in the
     * way of its temporary file) is refused now rather than after the run.
     */
    private static void removeInterruptedWrite(Path checkpoint, PrintStream err) throws CliException {
        if (checkpoint == null) {
            return;
        }
        try {
            if (RunFiles.removeInterruptedWrite(checkpoint)) {
                err.println("cnnx: " + Messages.text("cli.train.removedTemp", checkpoint + ".tmp"));
            }
        } catch (IOException e) {
            throw new CliException(Messages.text("cli.train.cannotRemoveTemp", checkpoint + ".tmp", e.getMessage()));
        }
        Path folder = checkpoint.toAbsolutePath().getParent();
        Path temp = checkpoint.resolveSibling(checkpoint.getFileName() + ".tmp");
        String problem = folder != null && !Files.isDirectory(folder) ? Messages.text("cli.train.noFolder", folder)
                : Files.isDirectory(checkpoint) ? Messages.text("cli.train.isDirectory")
                : Files.exists(temp, LinkOption.NOFOLLOW_LINKS) ? Messages.text("cli.train.tempInTheWay", temp)
                : null;
        if (problem != null) {
            throw new CliException("--checkpoint " + checkpoint + ": " + problem);
        }
    }

    /** Runs {@code session} to its end (or Ctrl+C) and prints its final line; the exit code. */
    static int train(TrainingSession session, TrainingSettings settings, Path checkpoint, TrainProgress progress,
                     PrintStream out, PrintStream err) {
        session.addListener(progress);
        if (checkpoint != null) {
            AtomicInteger epochsDone = new AtomicInteger();
            session.addListener(event -> saveAfterEpoch(event, epochsDone, settings.epochs(), session, checkpoint,
                    err));
        }
        TrainingResult[] result = new TrainingResult[1];
        session.addListener(event -> {
            if (event instanceof TrainingEvent.Finished finished) {
                result[0] = finished.result();
            }
        });
        AtomicBoolean reported = new AtomicBoolean();
        Runnable report = () -> {
            if (reported.compareAndSet(false, true)) {
                finish(session, settings, checkpoint, result[0], out, err);
            }
        };
        Thread onInterrupt = new Thread(() -> {
            stopAndWait(session);
            report.run();
        }, "cnnx-stop");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        session.start();
        awaitEnd(session);
        removeHook(onInterrupt);
        report.run();
        if (session.state() == TrainingState.FAILED) {
            err.println("cnnx: " + progress.failure());
            return 1;
        }
        return 0;
    }

    /** Writes the checkpoint (unless the run failed) and the final JSON line; once, also on Ctrl+C. */
    private static void finish(TrainingSession session, TrainingSettings settings, Path checkpoint,
                               TrainingResult result, PrintStream out, PrintStream err) {
        if (session.state() == TrainingState.FAILED) {
            return;
        }
        if (checkpoint != null) {
            save(session, checkpoint, err);
        }
        if (result != null) {
            out.println(json(session, settings, result));
            out.flush();
        }
    }

    /** Saves after every epoch but the last, which {@code finish} saves with the result. */
    private static void saveAfterEpoch(TrainingEvent event, AtomicInteger epochsDone, int epochs,
                                       TrainingSession session, Path file, PrintStream err) {
        if (event instanceof TrainingEvent.Epoch && epochsDone.incrementAndGet() < epochs) {
            save(session, file, err);
        }
    }

    private static void save(TrainingSession session, Path file, PrintStream err) {
        try {
            session.saveCheckpoint(file);
        } catch (IOException e) {
            err.println("cnnx: " + Messages.text("cli.train.cannotWriteCheckpoint", file, e.getMessage()));
        }
    }

    private static void awaitEnd(TrainingSession session) {
        try {
            while (!session.await(1000)) {
                // keep waiting; Ctrl+C goes through the shutdown hook
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopAndWait(session);
        }
    }

    private static void stopAndWait(TrainingSession session) {
        if (!session.state().isTerminal()) {
            System.err.println("cnnx: " + Messages.text("cli.train.stopping"));
            session.stop();
            try {
                session.await(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running
        }
    }

    static String json(TrainingSession session, TrainingSettings settings, TrainingResult result) {
        return FinalLine.of(session.network().id(), settings, session.state() == TrainingState.STOPPED, result);
    }
}
