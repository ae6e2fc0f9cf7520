package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.util.List;
import org.cnnexplorer.i18n.Messages;

/** Commands beyond the analysis ones (training, benchmarks, downloads). */
final class Commands {

    private Commands() {
    }

    /** The usage of these commands; {@code {key}} are its words, see {@link UsageText}. */
    private static final String USAGE = """
              train MODEL_OR_FILE --dataset D [{cli.usage.optionsWord}]  {cli.usage.train}
                  --dataset mnist|fashion-mnist|cifar10  --epochs N  --batch N  --optimizer sgd|momentum|adam
                  --lr RATE  --schedule constant|cosine  ({cli.usage.train.recipe})
                  --limit N ({cli.usage.train.limit})  --test-limit N  --data-dir DIR  --seed N
                  --checkpoint FILE ({cli.usage.train.checkpoint})  --resume FILE
                  --verbose ({cli.usage.train.verbose})
                  --resize HxW|min|paper ({cli.usage.train.resize})
                  --init random|file ({cli.usage.train.init})
              export MODEL_OR_FILE|RUN --onnx FILE [--input CxHxW] [--classes N] [--seed N]
                                                      {cli.usage.export}
              inspect MODEL_OR_FILE|RUN (--image FILE | --dataset D --index N) [--layer L] [--format json]
                  {cli.usage.inspect}
                  --explain L --pixel C,Y,X ({cli.usage.inspect.explain})  --runs N ({cli.usage.inspect.runs})
              inspect RUN --filters [--epoch N] [--scale filter|shared] [--png FILE]
                  {cli.usage.inspect.filters}
              bench-inspect MODEL [--input CxHxW] [--runs N]   {cli.usage.benchInspect}
              bench-train MODEL [{cli.usage.optionsWord}]{>42}{cli.usage.benchTrain}
              bench-infer MODEL [--input CxHxW] [--runs N] [--warmup N]   {cli.usage.benchInfer}
              download mnist|fashion-mnist|cifar10 [--data-dir DIR]   {cli.usage.download}
              datasets [--data-dir DIR]               {cli.usage.datasets}
              lesson [ID [NAME=VALUE ...]]            {cli.usage.lesson}
                  plain-vs-residual [--steps N] [--format json] [--data-dir DIR]   {cli.usage.lesson.plainres}
            """;

    static String extraUsage() {
        return UsageText.fill(USAGE);
    }

    static int runExtra(String command, List<String> rest, PrintStream out, PrintStream err) throws CliException {
        return switch (command) {
            case "train" -> TrainCommand.run(rest, out, err);
            case "bench-train" -> BenchTrainCommand.run(rest, out, err);
            case "inspect" -> InspectCommand.run(rest, out, err);
            case "bench-inspect" -> BenchInspectCommand.run(rest, out);
            case "bench-infer" -> BenchInferCommand.run(rest, out);
            case "export" -> ExportCommand.run(rest, out, err);
            case "download" -> DownloadCommand.run(rest, out, err);
            case "datasets" -> DatasetsCommand.run(rest, out);
            case "lesson" -> LessonCommand.run(rest, out, err);
            default -> throw new CliException(Messages.text("cli.unknownCommand", command));
        };
    }
}
