package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.io.report.CompareFormats;

/** {@code cnnx compare MODEL... [options]}: the side-by-side resource table. */
final class CompareCommand {

    private CompareCommand() {
    }

    /** Returns 0, or 1 when a network cannot run as configured (the table still prints; stderr says why). */
    static int run(List<String> words, PrintStream out, PrintStream err) throws CliException {
        Args args = Args.parse(words, AnalysisOptions.NAMES, AnalysisOptions.FLAGS);
        if (args.positionals().isEmpty()) {
            throw new CliException(UsageText.usage("cnnx compare MODEL_OR_FILE... [--input CxHxW] [--classes N] "
                    + "[--batch N] "
                    + "[--dtype float32|float16] [--optimizer sgd|momentum|adam] [--format table|json|csv|markdown] "
                    + "[--width-mult W] [--depth-mult D] [--resolution-mult R] " + AnalysisOptions.FLAGS_USAGE));
        }
        List<NetworkReport> reports = new ArrayList<>();
        for (String model : args.positionals()) {
            NetworkSpec spec = AnalysisOptions.load(model);
            reports.add(NetworkAnalyzer.analyze(spec, AnalysisOptions.settings(spec, args)));
        }
        out.print(switch (AnalysisOptions.format(args)) {
            case "json" -> CompareFormats.json(reports);
            case "csv" -> CompareFormats.csv(reports);
            case "markdown" -> CompareFormats.markdown(reports);
            default -> CompareFormats.table(reports);
        });
        List<NetworkReport> invalid = reports.stream().filter(r -> !r.isValid()).toList();
        invalid.forEach(report -> err.println(AnalysisOptions.cannotRun(report)));
        return invalid.isEmpty() ? 0 : 1;
    }
}
