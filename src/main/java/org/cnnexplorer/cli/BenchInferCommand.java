package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.dl4j.speed.InferenceBenchmark;
import org.cnnexplorer.i18n.Messages;

/**
 * {@code cnnx bench-infer MODEL [--input CxHxW] [--classes N] [--runs N] [--warmup N]}: the time of
 * one image's forward pass (inference mode, random weights, only the output kept), measured like
 * {@code scripts/bench_reference.py --inference}; prints one JSON line with the median, fastest and
 * slowest of the timed runs. Defaults: the network's own input and classes, 16 warm-up passes (the
 * layers' route trials take up to 14) and 10 runs.
 */
final class BenchInferCommand {

    static final String SYNOPSIS = "cnnx bench-infer MODEL_OR_FILE [--input CxHxW] [--classes N] [--runs N] "
            + "[--warmup N]";

    /** Untimed passes before the timed ones by default: the layers' route trials take up to 14. */
    static final int DEFAULT_WARMUP = 16;

    private static final Set<String> NAMES = Set.of("input", "classes", "runs", "warmup");

    private BenchInferCommand() {
    }

    static int run(List<String> words, PrintStream out) throws CliException {
        Args args = Args.parse(words, NAMES);
        if (args.positionals().size() != 1) {
            throw new CliException(UsageText.usage(SYNOPSIS));
        }
        NetworkSpec spec = AnalysisOptions.load(args.positionals().get(0));
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisOptions.settings(spec, args).withBatch(1));
        if (!report.isValid()) {
            throw new CliException(AnalysisOptions.cannotRun(report));
        }
        int runs = args.intOption("runs", 10, 1);
        int warmup = args.intOption("warmup", DEFAULT_WARMUP, 0);
        out.println(json(InferenceBenchmark.run(report, warmup, runs)));
        return 0;
    }

    static String json(InferenceBenchmark.Result r) {
        return String.format(Locale.ROOT, "{\"model\": \"%s\", \"input\": \"%s\", \"runs\": %d, \"median_ms\": %.2f, "
                        + "\"fastest_ms\": %.2f, \"slowest_ms\": %.2f, \"peak_rss_mb\": %.0f, \"backend\": \"%s\"}",
                r.model(), r.input(), r.millis().length, r.median(), r.fastest(), r.slowest(),
                r.peakRssBytes() / 1048576.0, r.backend());
    }
}
