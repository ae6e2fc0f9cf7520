package org.cnnexplorer.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Numbers;
import org.cnnexplorer.io.report.TextTable;
import org.cnnexplorer.lessons.Lesson;
import org.cnnexplorer.training.SideBySideTraining;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingHistory;
import org.cnnexplorer.training.TrainingSettings;

/**
 * {@code cnnx lesson plain-vs-residual [NAME=VALUE ...] [--steps N] [--format json] [--data-dir DIR]}:
 * the lesson's networks side by side, then both trained together on MNIST for {@code N} steps
 * (default {@value #DEFAULT_STEPS}), printing both loss curves and the gradient norms of each
 * weight layer at the first and the last recorded step (as tables), or everything (every loss, the
 * norms of every recorded step) as one JSON object.
 */
final class PlainResidualCommand {

    static final int DEFAULT_STEPS = SideBySideTraining.DEFAULT_STEPS;
    static final int MAX_STEPS = 5000;
    /** At most this many loss rows in the text table. */
    private static final int LOSS_ROWS = 20;

    private PlainResidualCommand() {
    }

    static int run(Lesson lesson, List<String> words, PrintStream out, PrintStream err) throws CliException {
        Args args = Args.parse(words, Set.of("steps", "format", "data-dir"));
        Lesson chosen = lesson;
        for (String setting : args.positionals()) {
            chosen = LessonCommand.set(chosen, setting);
        }
        int steps = steps(args.option("steps", String.valueOf(DEFAULT_STEPS)));
        boolean json = json(args.option("format", "text"));
        Path dataDir = TrainOptions.dataDir(args);
        LibraryLogging.configure(false);
        Lesson.Outcome outcome = chosen.run();
        TrainingSettings settings = SideBySideTraining.shortRun(steps, dataDir);
        if (!json) {
            LessonCommand.print(outcome, out);
            out.println();
            Path folder = TrainData.locate(settings, dataDir == null ? null : "--data-dir", err);
            err.println(Messages.text("cli.plainres.training", steps, SideBySideTraining.BATCH,
                    folder == null ? "MNIST" : folder, TrainingSettings.formatRate(settings.learningRate())));
        }
        Map<Integer, String> failures = new ConcurrentHashMap<>();
        SideBySideTraining runs = train(outcome, settings, failures);
        if (!failures.isEmpty()) {
            int network = failures.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
            err.println("cnnx: " + Messages.text("cli.plainres.failed", name(outcome, network), failures.get(network)));
            return 1;
        }
        if (json) {
            out.println(json(outcome, runs, steps));
        } else {
            printLosses(outcome, runs, out);
            printNorms(outcome, runs, out);
        }
        return 0;
    }

    private static int steps(String text) throws CliException {
        try {
            int steps = Integer.parseInt(text.strip());
            if (steps >= 1 && steps <= MAX_STEPS) {
                return steps;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliException(Messages.text("cli.plainres.steps", MAX_STEPS, text));
    }

    private static boolean json(String format) throws CliException {
        return switch (format) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new CliException(Messages.text("cli.plainres.format", format));
        };
    }

    /** Trains both networks together and waits for them, noting each failed run's message by network. */
    private static SideBySideTraining train(Lesson.Outcome outcome, TrainingSettings settings,
                                            Map<Integer, String> failures) throws CliException {
        SideBySideTraining runs = SideBySideTraining.start(TrainingBackend.discover(), outcome.lesson().networks(),
                settings, (network, event) -> {
                    if (event instanceof TrainingEvent.Failed failed) {
                        failures.put(network, failed.message());
                    }
                });
        try {
            runs.await(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runs.stop();
            throw new CliException(Messages.text("cli.plainres.interrupted"));
        }
        return runs;
    }

    private static String name(Lesson.Outcome outcome, int network) {
        return outcome.reports().get(network).spec().name();
    }

    private static List<String> header(Lesson.Outcome outcome, String first) {
        List<String> header = new ArrayList<>(List.of(first));
        outcome.reports().forEach(r -> header.add(r.spec().name()));
        return header;
    }

    private static void printLosses(Lesson.Outcome outcome, SideBySideTraining runs, PrintStream out) {
        out.println(Messages.text("cli.plainres.losses"));
        List<List<TrainingHistory.LossPoint>> curves = runs.sessions().stream().map(s -> s.history().losses())
                .toList();
        int steps = curves.stream().mapToInt(List::size).max().orElse(0);
        int every = Math.max(1, (steps + LOSS_ROWS - 1) / LOSS_ROWS);
        List<List<String>> rows = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            if (step % every != 0 && step != steps - 1) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(String.valueOf(step + 1)));
            for (List<TrainingHistory.LossPoint> curve : curves) {
                row.add(step < curve.size() ? Numbers.loss(curve.get(step).loss()) : "");
            }
            rows.add(row);
        }
        out.print(TextTable.render(header(outcome, Messages.text("cli.plainres.step")), rows, 0));
        out.println();
    }

    private static void printNorms(Lesson.Outcome outcome, SideBySideTraining runs, PrintStream out) {
        List<TrainingEvent.GradientNorms> plain = runs.norms(0);
        List<TrainingEvent.GradientNorms> residual = runs.norms(1);
        int recorded = Math.min(plain.size(), residual.size());
        for (int step : recorded <= 1 ? List.of(0) : List.of(0, recorded - 1)) {
            if (step >= recorded) {
                return;
            }
            out.println(Messages.text("cli.plainres.norms", plain.get(step).iteration()));
            List<List<String>> rows = new ArrayList<>();
            List<TrainingEvent.LayerNorm> left = plain.get(step).layers();
            List<TrainingEvent.LayerNorm> right = residual.get(step).layers();
            for (int layer = 0; layer < Math.min(left.size(), right.size()); layer++) {
                rows.add(List.of(left.get(layer).layer(), Numbers.scientific(left.get(layer).norm()),
                        Numbers.scientific(right.get(layer).norm())));
            }
            out.print(TextTable.render(header(outcome, Messages.text("cli.plainres.layer")), rows, 1));
            out.println();
        }
    }

    private static String json(Lesson.Outcome outcome, SideBySideTraining runs, int steps) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("lesson", outcome.lesson().id());
        root.put("steps", steps);
        root.put("batch", SideBySideTraining.BATCH);
        ArrayNode networks = root.putArray("networks");
        for (int i = 0; i < outcome.reports().size(); i++) {
            NetworkReport report = outcome.reports().get(i);
            ObjectNode network = networks.addObject();
            network.put("id", report.spec().id());
            network.put("name", report.spec().name());
            network.put("params", report.totals().params());
            network.put("macs", report.totals().macs());
            network.put("weightLayers", report.totals().depth());
            ArrayNode losses = network.putArray("losses");
            runs.sessions().get(i).history().losses().forEach(p -> losses.addObject().put("step", p.iteration())
                    .put("loss", p.loss()));
            ArrayNode norms = network.putArray("gradientNorms");
            for (TrainingEvent.GradientNorms step : runs.norms(i)) {
                ObjectNode entry = norms.addObject().put("step", step.iteration());
                ArrayNode layers = entry.putArray("layers");
                step.layers().forEach(l -> layers.addObject().put("layer", l.layer()).put("norm", l.norm()));
            }
        }
        return root.toPrettyString();
    }
}
