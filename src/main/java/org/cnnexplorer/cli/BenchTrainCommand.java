package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.data.DataDirectories;
import org.cnnexplorer.data.DataException;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.data.Datasets;
import org.cnnexplorer.data.ImageSet;
import org.cnnexplorer.data.Split;
import org.cnnexplorer.dl4j.session.TrainingBenchmark;
import org.cnnexplorer.i18n.Messages;

/**
 * {@code cnnx bench-train MODEL [--dataset D|random] [--input CxHxW] [--batch N] [--iters N]
 * [--warmup N]}: training steps per second measured like the PyTorch reference script; prints
 * one JSON line. Defaults follow that script: LeNet-5 on Fashion-MNIST with batch 64 and 200
 * steps; other models on random 3x32x32 data with batch 32 and 10 steps. Warm-up steps (10 and 6)
 * cover the per-layer choice of backward route ({@code TunedConvolution}), which takes 6 steps.
 */
final class BenchTrainCommand {

    private BenchTrainCommand() {
    }

    static int run(List<String> words, PrintStream out, PrintStream err) throws CliException {
        Args args = Args.parse(words, Set.of("dataset", "input", "batch", "iters", "warmup", "data-dir"));
        if (args.positionals().size() != 1) {
            throw new CliException(UsageText.usage("cnnx bench-train MODEL "
                    + "[--dataset mnist|fashion-mnist|cifar10|random] "
                    + "[--input CxHxW] [--batch N] [--iters N] [--warmup N] [--data-dir DIR]"));
        }
        NetworkSpec spec = AnalysisOptions.load(args.positionals().get(0));
        boolean lenet = spec.id().equals("lenet5");
        String dataset = args.option("dataset", lenet ? "fashion-mnist" : "random");
        int batch = args.intOption("batch", lenet ? 64 : 32, 1);
        int iterations = args.intOption("iters", lenet ? 200 : 10, 1);
        int warmup = args.intOption("warmup", lenet ? 10 : 6, 0);
        TrainingBenchmark.Plan plan = dataset.equals("random")
                ? new TrainingBenchmark.Plan(spec, input(args), 10, null, batch, warmup, iterations)
                : realData(spec, dataset, args, batch, warmup, iterations);
        try {
            out.println(json(TrainingBenchmark.run(plan)));
            return 0;
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static TrainingBenchmark.Plan realData(NetworkSpec spec, String name, Args args, int batch, int warmup,
                                                   int iterations) throws CliException {
        try {
            DatasetId dataset = DatasetId.parse(name);
            ImageSet images = Datasets.load(dataset, Split.TRAIN, DataDirectories.standard(TrainOptions.dataDir(args)));
            return new TrainingBenchmark.Plan(spec, Shape.of(dataset.channels(), dataset.height(), dataset.width()),
                    dataset.classes(), images, batch, warmup, iterations);
        } catch (DataException | IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static Shape input(Args args) throws CliException {
        try {
            return Shape.parse(args.option("input", "3x32x32"));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    static String json(TrainingBenchmark.Result r) {
        return String.format(Locale.ROOT, "{\"model\": \"%s\", \"batch\": %d, \"iterations\": %d, \"seconds\": %.3f, "
                        + "\"images_per_s\": %.1f, \"cpu_s\": %.3f, \"params\": %d, \"peak_rss_mb\": %.0f, "
                        + "\"backend\": \"%s\"}",
                r.model(), r.batch(), r.iterations(), r.seconds(), r.imagesPerSecond(), r.cpuSeconds(), r.parameters(),
                r.peakRssBytes() / 1048576.0, r.backend());
    }
}
