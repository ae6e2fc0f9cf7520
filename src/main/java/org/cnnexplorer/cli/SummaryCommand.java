package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.report.FormulaText;
import org.cnnexplorer.io.report.ReportFormats;

/**
 * {@code cnnx summary MODEL_OR_FILE [options]}: the per-layer table and totals, or with
 * {@code --explain LAYER} the formula of every figure of one layer (or block, or the totals).
 */
final class SummaryCommand {

    private static final Set<String> NAMES = names();

    private SummaryCommand() {
    }

    private static Set<String> names() {
        Set<String> names = new HashSet<>(AnalysisOptions.NAMES);
        names.add("explain");
        return Set.copyOf(names);
    }

    /** Returns 0, or 1 when the network is impossible as configured (the report still prints). */
    static int run(List<String> words, PrintStream out, PrintStream err) throws CliException {
        Args args = Args.parse(words, NAMES, AnalysisOptions.FLAGS);
        if (args.positionals().size() != 1) {
            throw new CliException(UsageText.usage("cnnx summary MODEL_OR_FILE [--input CxHxW] [--classes N] "
                    + "[--batch N] "
                    + "[--dtype float32|float16] [--optimizer sgd|momentum|adam] [--format table|json|csv|markdown] "
                    + "[--width-mult W] [--depth-mult D] [--resolution-mult R] " + AnalysisOptions.FLAGS_USAGE
                    + " [--explain LAYER|BLOCK|totals]"));
        }
        NetworkSpec spec = AnalysisOptions.load(args.positionals().get(0));
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisOptions.settings(spec, args));
        if (args.has("explain")) {
            String name = args.option("explain", "");
            out.print(FormulaText.of(report, name).orElseThrow(() -> new CliException(Messages.text(
                    "cli.summary.noLayer", name, spec.id(), FormulaText.TOTALS))));
            return report.isValid() ? 0 : 1;
        }
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
