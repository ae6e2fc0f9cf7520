package org.cnnexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.FilterPng;
import org.cnnexplorer.inside.FilterScale;
import org.cnnexplorer.inside.FilterTiles;
import org.cnnexplorer.inside.WeightsLabel;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.run.RunFiles;
import org.cnnexplorer.training.FilterSnapshot;
import org.cnnexplorer.training.FirstLayerFilters;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingRun;

/**
 * {@code cnnx inspect RUN.cnnrun --filters [--epoch N] [--scale filter|shared] [--png FILE]}: the first
 * convolution's filters of a saved run. Prints one line per kept epoch (range, mean |w| and mean change
 * since the first snapshot), then the weights of every filter at the chosen epoch (the last by default),
 * and with {@code --png} writes them as tiles, 8 pixels a weight. A run saved before runs kept snapshots
 * shows its learned weights instead, saying so.
 */
final class InspectFilters {

    static final String SYNOPSIS = "cnnx inspect RUN.cnnrun --filters [--epoch N] [--scale filter|shared]"
            + " [--png FILE]";
    private static final Set<String> NAMES = Set.of("filters", "epoch", "scale", "png");
    private static final int ZOOM = 8;

    private InspectFilters() {
    }

    /** Whether the words ask for the filters rather than an image. */
    static boolean asked(List<String> words) {
        return words.contains("--filters");
    }

    static int run(List<String> words, PrintStream out) throws CliException {
        Args args = Args.parse(words, NAMES, Set.of("filters"));
        if (args.positionals().size() != 1) {
            throw new CliException(UsageText.usage(SYNOPSIS));
        }
        Path file = Path.of(args.positionals().get(0));
        FilterScale scale = args.parsedOption("scale", "filter", FilterScale::parse);
        TrainingRun run;
        FirstLayerFilters filters;
        try {
            run = RunFiles.read(file);
            filters = RunFiles.readFilters(file).orElse(null);
        } catch (ModelFileException e) {
            throw new CliException(e.getMessage());
        }
        boolean kept = filters != null;
        if (!kept) {
            filters = learned(file, run);
        }
        FilterSnapshot shown = chosen(filters, args);
        out.println(run.spec().id() + ": " + WeightsLabel.of(run));
        if (!kept) {
            out.println(Messages.text("cli.filters.noSnapshots"));
        }
        FirstLayerFilters.Geometry g = filters.geometry();
        out.println(Messages.text("cli.filters.layer", filters.layer(), g.toString(), filters.epochs().stream()
                .map(String::valueOf).collect(Collectors.joining(", "))));
        out.print(FilterText.epochs(filters));
        out.print(FilterText.weights(filters.layer(), g, shown));
        if (args.has("png")) {
            Path png = Path.of(args.option("png", ""));
            try {
                FilterPng.write(FilterTiles.of(g, shown, scale), ZOOM, png);
            } catch (IOException e) {
                throw new CliException(Messages.text("cli.filters.pngFailed", png, e.getMessage()));
            }
            out.println(Messages.text("cli.filters.wrote", png, g.filters(), ZOOM, scale.description()));
        }
        return 0;
    }

    private static FilterSnapshot chosen(FirstLayerFilters filters, Args args) throws CliException {
        if (!args.has("epoch")) {
            return filters.last().orElseThrow(() -> new CliException(Messages.text("cli.filters.none")));
        }
        int epoch = args.intOption("epoch", 0, 0);
        return filters.at(epoch).orElseThrow(() -> new CliException(Messages.text("cli.filters.noEpoch", epoch,
                filters.epochs().stream().map(String::valueOf).collect(Collectors.joining(", ")))));
    }

    /** An older run's first convolution as learned (its model weights), as the snapshot of its last epoch. */
    private static FirstLayerFilters learned(Path file, TrainingRun run) throws CliException {
        FirstLayerFilters empty = FirstLayerFilters.of(NetworkAnalyzer.analyze(run.spec())).orElseThrow(
                () -> new CliException(Messages.text("cli.filters.noConvolution", run.spec().id())));
        try {
            float[] weights = TrainingBackend.discover().trained(file).weights().tensor(empty.layer(), "weight")
                    .orElseThrow(() -> new CliException(Messages.text("cli.filters.noConvolution", run.spec().id())));
            return empty.with(new FilterSnapshot(run.epochs().size(), weights));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
