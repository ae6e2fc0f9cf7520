package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.InspectionEngine;
import org.cnnexplorer.inside.InspectionRequest;

/**
 * {@code cnnx bench-inspect MODEL [--input CxHxW] [--classes N] [--runs N] [--warmup N]}: how long the
 * Inside view takes for one image (every layer's map kept, random weights, no per-layer timing): the first
 * inspection (it builds the graph), then after {@code warmup} inspections in all (default 16, as
 * {@code cnnx bench-infer}: the layers' route trials take up to 14) the median and the fastest of
 * {@code runs} inspections.
 */
final class BenchInspectCommand {

    private static final Set<String> NAMES = Set.of("input", "classes", "runs", "warmup");

    private BenchInspectCommand() {
    }

    static int run(List<String> words, PrintStream out) throws CliException {
        Args args = Args.parse(words, NAMES);
        if (args.positionals().size() != 1) {
            throw new CliException(UsageText.usage(
                    "cnnx bench-inspect MODEL_OR_FILE [--input CxHxW] [--classes N] [--runs N] [--warmup N]"));
        }
        NetworkSpec spec = AnalysisOptions.load(args.positionals().get(0));
        NetworkReport report = NetworkAnalyzer.analyze(spec, AnalysisOptions.settings(spec, args));
        if (!report.isValid()) {
            throw new CliException(AnalysisOptions.cannotRun(report));
        }
        int runs = args.intOption("runs", 10, 1);
        int warmup = args.intOption("warmup", BenchInferCommand.DEFAULT_WARMUP, 1);
        float[] image = new float[(int) report.settings().input().elements()];
        Random random = new Random(1);
        for (int i = 0; i < image.length; i++) {
            image[i] = (float) random.nextGaussian();
        }
        InspectionEngine engine = InspectionEngine.discover();
        InspectionRequest request = new InspectionRequest(report, null, image, List.of(), 0);
        long start = System.nanoTime();
        engine.inspect(request);
        double first = (System.nanoTime() - start) / 1e6;
        for (int i = 1; i < warmup; i++) {
            engine.inspect(request);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            start = System.nanoTime();
            engine.inspect(request);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        out.println(Messages.text("cli.benchInspect.result", spec.id(), report.settings().input(),
                report.layers().size(), millis(times[runs / 2]), millis(times[0]), runs, millis(first),
                Runtime.getRuntime().availableProcessors(), warmup));
        return 0;
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
