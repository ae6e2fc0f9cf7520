package org.cnnexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.io.ModelFileException;
import org.cnnexplorer.onnx.OnnxWriter;
import org.cnnexplorer.onnx.WeightSource;

/**
 * {@code cnnx export MODEL_OR_FILE --onnx FILE}: the network at the chosen input and classes as
 * an ONNX model (opset 13) with random initial weights (Kaiming normal, {@code --seed}).
 */
final class ExportCommand {

    private static final Set<String> NAMES = names();

    private ExportCommand() {
    }

    private static Set<String> names() {
        Set<String> names = new HashSet<>(AnalysisOptions.NAMES);
        names.addAll(List.of("onnx", "seed"));
        return Set.copyOf(names);
    }

    static int run(List<String> words, PrintStream out, PrintStream err) throws CliException {
        Args args = Args.parse(words, NAMES);
        if (args.positionals().size() != 1 || !args.has("onnx")) {
            throw new CliException("usage: cnnx export MODEL_OR_FILE --onnx FILE [--input CxHxW] [--classes N]"
                    + " [--seed N]");
        }
        String source = args.positionals().get(0);
        if (source.endsWith(".cnnrun")) {
            throw new CliException("exporting a saved run's trained weights is not available yet; export the"
                    + " network with random weights by naming its model instead");
        }
        NetworkSpec spec = AnalysisOptions.load(source);
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisOptions.settings(spec, args));
        Path target = Path.of(args.option("onnx", ""));
        try {
            byte[] bytes = OnnxWriter.write(report, WeightSource.random(args.intOption("seed", 42, 0)));
            Path temp = target.toAbsolutePath().resolveSibling(target.getFileName() + ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("wrote " + target + " (" + String.format("%,d", bytes.length) + " bytes, ONNX opset "
                    + OnnxWriter.OPSET + ", " + String.format("%,d", report.totals().params())
                    + " parameters with random initial weights)");
            return 0;
        } catch (ModelFileException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException("cannot write " + target + ": " + e.getMessage());
        }
    }
}
