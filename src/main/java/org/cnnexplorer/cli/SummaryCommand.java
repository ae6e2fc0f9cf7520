package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.util.List;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.io.ReportFormats;

/** {@code cnnx summary MODEL_OR_FILE [options]}: the per-layer table and totals. */
final class SummaryCommand {

    private SummaryCommand() {
    }

    /** Returns 0, or 1 when the network is impossible as configured (the report still prints). */
    static int run(List<String> words, PrintStream out, PrintStream err) throws CliException {
        Args args = Args.parse(words, AnalysisOptions.NAMES);
        if (args.positionals().size() != 1) {
            throw new CliException("usage: cnnx summary MODEL_OR_FILE [--input CxHxW] [--classes N] [--batch N] "
                    + "[--dtype float32|float16] [--optimizer sgd|momentum|adam] [--format table|json|csv|markdown]");
        }
        NetworkSpec spec = AnalysisOptions.load(args.positionals().get(0));
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisOptions.settings(spec, args));
        out.print(switch (AnalysisOptions.format(args)) {
            case "json" -> ReportFormats.json(report);
            case "csv" -> ReportFormats.csv(report);
            case "markdown" -> ReportFormats.markdown(report);
            default -> ReportFormats.table(report);
        });
        if (!report.isValid()) {
            err.println(AnalysisOptions.cannotRun(report));
            return 1;
        }
        return 0;
    }
}
