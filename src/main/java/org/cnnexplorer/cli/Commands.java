package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.util.List;

/** Commands beyond the analysis ones (training, benchmarks, downloads). */
final class Commands {

    private Commands() {
    }

    static String extraUsage() {
        return """
                  train MODEL_OR_FILE --dataset D [options]  train headless; ends with one JSON line
                      --dataset mnist|fashion-mnist|cifar10  --epochs N  --batch N  --optimizer sgd|momentum|adam
                      --lr RATE  --schedule constant|cosine  (all three default to the network's recipe)
                      --limit N (train subset)  --test-limit N  --data-dir DIR  --seed N
                      --checkpoint FILE (written after each epoch and at the end)  --resume FILE
                      --verbose (the libraries' INFO logging too)
                      --resize HxW|min|paper (scale the images to a size the network runs at)
                      --init random|file (file: start from the weights of an .onnx model)
                  export MODEL_OR_FILE|RUN --onnx FILE [--input CxHxW] [--classes N] [--seed N]
                                                          as ONNX (opset 13): random or a run's trained weights
                  inspect MODEL_OR_FILE|RUN (--image FILE | --dataset D --index N) [--layer L] [--format json]
                      one image through every layer: statistics, times, top-5 (random or a run's weights)
                      --explain L --pixel C,Y,X (the arithmetic of one value)  --runs N (timed runs, 0: none)
                  inspect RUN --filters [--epoch N] [--scale filter|shared] [--png FILE]
                      a saved run's first-layer filters at each epoch (numbers; tiles as PNG)
                  bench-inspect MODEL [--input CxHxW] [--runs N]   inspect time of one image (see README)
                  bench-train MODEL [options]             training speed in images/s (see README, Benchmarks)
                  bench-infer MODEL [--input CxHxW] [--runs N] [--warmup N]   one image's forward pass, JSON
                  download mnist|fashion-mnist|cifar10 [--data-dir DIR]   fetch and verify a data set
                  datasets [--data-dir DIR]               where each data set was found
                  lesson [ID [NAME=VALUE ...]]            the Lessons: list them, or run one with its numbers
                      plain-vs-residual [--steps N] [--format json] [--data-dir DIR]   also trains both on MNIST
                """;
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
            default -> throw new CliException("unknown command '" + command + "'; run 'cnnx help' for the list");
        };
    }
}
