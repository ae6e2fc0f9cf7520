package org.cnnexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.SyncedFiles;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.onnx.OnnxWeights;
import org.cnnexplorer.onnx.OnnxWriter;
import org.cnnexplorer.onnx.WeightSource;
import org.cnnexplorer.training.TrainedNetwork;
import org.cnnexplorer.training.TrainingBackend;

/**
 * {@code cnnx export MODEL_OR_FILE|RUN --onnx FILE}: the network at the chosen input and classes
 * as an ONNX model (opset 13) with random initial weights (Kaiming normal, {@code --seed}), or a
 * saved run ({@code .cnnrun}) as it was trained, with its learned weights.
 */
final class ExportCommand {

    private static final Set<String> NAMES = names();

    private ExportCommand() {
    }

    private static Set<String> names() {
        Set<String> names = new HashSet<>(AnalysisOptions.NAMES);
        names.addAll(List.of("onnx", "seed"));
        names.removeAll(AnalysisOptions.FLAGS); // an ONNX file holds the network, not a way of counting it
        return Set.copyOf(names);
    }

    static int run(List<String> words, PrintStream out, PrintStream err) throws CliException {
        Args args = Args.parse(words, NAMES);
        if (args.positionals().size() != 1 || !args.has("onnx")) {
            throw new CliException(UsageText.usage("cnnx export MODEL_OR_FILE|RUN.cnnrun --onnx FILE [--input CxHxW]"
                    + " [--classes N] [--seed N]"));
        }
        String source = args.positionals().get(0);
        Path target = Path.of(args.option("onnx", ""));
        NetworkReport report;
        WeightSource weights;
        String what;
        if (source.endsWith(RunFiles.EXTENSION)) {
            if (args.has("input") || args.has("classes")) {
                throw new CliException(Messages.text("cli.export.savedRun"));
            }
            TrainedNetwork trained = trained(Path.of(source));
            report = NetworkAnalyzer.analyze(trained.run().spec());
            weights = OnnxWeights.source(trained.weights());
            what = Messages.text("cli.export.trained", trained.run().epochs().size(),
                    trained.run().settings().dataset());
        } else {
            NetworkSpec spec = AnalysisOptions.load(source);
            report = NetworkAnalyzer.analyze(spec, AnalysisOptions.settings(spec, args));
            if (!report.isValid()) {
                err.println(AnalysisOptions.cannotRun(report) + Messages.text("cli.export.nothingWritten"));
                return 1;
            }
            weights = WeightSource.random(args.intOption("seed", 42, 0));
            what = Messages.text("cli.export.random");
        }
        try {
            byte[] bytes = OnnxWriter.write(report, weights);
            SyncedFiles.write(target, bytes);
            out.println(Messages.text("cli.export.wrote", target, String.format(Locale.ROOT, "%,d", bytes.length),
                    OnnxWriter.OPSET, String.format(Locale.ROOT, "%,d", report.totals().params()), what));
            return 0;
        } catch (ModelFileException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException(Messages.text("cli.export.cannotWrite", target, e.getMessage()));
        }
    }

    private static TrainedNetwork trained(Path run) throws CliException {
        try {
            return TrainingBackend.discover().trained(run);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }
}
