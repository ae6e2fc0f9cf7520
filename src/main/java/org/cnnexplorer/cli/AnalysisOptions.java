package org.cnnexplorer.cli;

import java.util.Set;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.Conventions;
import org.cnnexplorer.core.DType;
import org.cnnexplorer.core.MinimumInput;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.ScalingMultipliers;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Printable;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFileException;

/**
 * The options shared by {@code summary} and {@code compare}: input, classes, batch, dtype, optimizer,
 * and the counting conventions {@code --flops}, {@code --count-bias}, {@code --fold-bn}.
 */
final class AnalysisOptions {

    /** Flags without a value: the {@link Conventions}. */
    static final Set<String> FLAGS = Set.of("flops", "count-bias", "fold-bn");

    static final Set<String> NAMES = Set.of("input", "classes", "batch", "dtype", "optimizer", "format", "flops",
            "count-bias", "fold-bn", "width-mult", "depth-mult", "resolution-mult");

    /** The scaling options (decision 0012). */
    static final Set<String> SCALING = Set.of("width-mult", "depth-mult", "resolution-mult");

    /** The usage text of the convention flags. */
    static final String FLAGS_USAGE = "[--flops] [--count-bias] [--fold-bn]";

    private AnalysisOptions() {
    }

    static NetworkSpec load(String idOrFile) throws CliException {
        try {
            return ModelCatalog.loadIdOrFile(idOrFile);
        } catch (ModelFileException e) {
            throw new CliException(e.getMessage());
        }
    }

    static AnalysisSettings settings(NetworkSpec spec, Args args) throws CliException {
        ScalingMultipliers scaling = scaling(args);
        Shape input = scaling.input(args.shapeOption("input", spec.input()));
        return new AnalysisSettings(input, args.intOption("classes", spec.classes(), 1),
                args.intOption("batch", 1, 1), args.parsedOption("dtype", "float32", DType::parse),
                args.parsedOption("optimizer", "sgd", Optimizer::parse),
                new Conventions(args.has("flops"), args.has("count-bias"), args.has("fold-bn")), scaling);
    }

    /** {@code --width-mult}, {@code --depth-mult}, {@code --resolution-mult} (each 1 when absent). */
    static ScalingMultipliers scaling(Args args) throws CliException {
        double width = multiplier(args, "width-mult");
        double depth = multiplier(args, "depth-mult");
        double resolution = multiplier(args, "resolution-mult");
        return new ScalingMultipliers(width, depth, resolution);
    }

    private static double multiplier(Args args, String name) throws CliException {
        double value = args.doubleOption(name, 1);
        if (value < ScalingMultipliers.MIN || value > ScalingMultipliers.MAX) {
            throw new CliException(Messages.text("cli.scaling.range", name, ScalingMultipliers.format(
                    ScalingMultipliers.MIN), ScalingMultipliers.format(ScalingMultipliers.MAX), args.option(name, "")));
        }
        return value;
    }

    /** The one-line message for a network that cannot run as configured: its first problem, and what would run. */
    static String cannotRun(NetworkReport report) {
        String runsFrom = MinimumInput.phrase(report);
        String problem = Printable.of(Messages.text("cli.analysis.cannotRun", report.spec().id(),
                report.settings().input(), report.problems().get(0)));
        return "cnnx: " + problem + (runsFrom.isEmpty() ? "" : Messages.text("cli.analysis.runsFrom", runsFrom));
    }

    static String format(Args args) throws CliException {
        String format = args.option("format", "table");
        if (!Set.of("table", "json", "csv", "markdown").contains(format)) {
            throw new CliException(Messages.text("cli.analysis.format", format));
        }
        return format;
    }
}
