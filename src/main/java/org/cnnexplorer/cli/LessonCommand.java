package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Numbers;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.report.DisplayWidth;
import org.cnnexplorer.io.report.TextTable;
import org.cnnexplorer.lessons.Lesson;
import org.cnnexplorer.lessons.Lessons;
import org.cnnexplorer.lessons.PlainVsResidual;
import org.cnnexplorer.lessons.detection.DetectionDemo;

/**
 * {@code cnnx lesson [ID [NAME=VALUE ...]]}: the Lessons menu on the command line. Without an id it
 * lists the lessons; with one it prints the text, the networks side by side and the points, after
 * setting the given parameters ({@code cnnx lesson bottleneck in=256 reduced=32}). The
 * plain-vs-residual lesson also trains its networks ({@link PlainResidualCommand}).
 */
final class LessonCommand {

    static final String DETECTION = "detection";
    private static final int WIDTH = 100;

    private LessonCommand() {
    }

    static int run(List<String> words, PrintStream out, PrintStream err) throws CliException {
        List<Lesson> lessons = lessons();
        if (words.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Lesson lesson : lessons) {
                rows.add(List.of(lesson.id(), lesson.title(), String.join(" ", lesson.parameters().stream()
                        .map(p -> p.name() + "=" + p.value()).toList())));
            }
            rows.add(List.of(DETECTION, Messages.text("detect.title"), ""));
            out.print(TextTable.render(List.of("id", Messages.text("cli.lesson.lesson"),
                    Messages.text("cli.lesson.parameters")), rows, 3));
            return 0;
        }
        String id = words.get(0).toLowerCase(Locale.ROOT);
        if (id.equals(DETECTION)) {
            if (words.size() > 1) {
                throw new CliException(Messages.text("cli.lesson.detectionParameters", words.get(1)));
            }
            DetectionDemo.lines().forEach(out::println);
            return 0;
        }
        Lesson lesson = Lessons.find(lessons, id).orElseThrow(() -> new CliException(Messages.text(
                "cli.lesson.unknown", words.get(0), String.join(", ", lessons.stream().map(Lesson::id).toList())
                + ", " + DETECTION)));
        if (lesson instanceof PlainVsResidual) {
            return PlainResidualCommand.run(lesson, words.subList(1, words.size()), out, err);
        }
        for (String setting : words.subList(1, words.size())) {
            lesson = set(lesson, setting);
        }
        print(lesson.run(), out);
        return 0;
    }

    static Lesson set(Lesson lesson, String setting) throws CliException {
        int equals = setting.indexOf('=');
        if (equals < 1) {
            throw new CliException(Messages.text("cli.lesson.setting", setting));
        }
        String name = setting.substring(0, equals);
        String text = setting.substring(equals + 1);
        try {
            return lesson.with(name, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new CliException(Messages.text("cli.lesson.wholeNumber", name, text));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    static void print(Lesson.Outcome outcome, PrintStream out) {
        Lesson lesson = outcome.lesson();
        out.println(lesson.title());
        out.println();
        wrap(lesson.text()).forEach(out::println);
        if (!lesson.parameters().isEmpty()) {
            out.println();
            wrap(Messages.text("cli.lesson.settings", String.join(", ", lesson.parameters().stream()
                    .map(p -> p.name() + "=" + p.value() + " (" + p.label() + ")").toList()))).forEach(out::println);
        }
        out.println();
        List<List<String>> rows = new ArrayList<>();
        for (NetworkReport report : outcome.reports()) {
            LayerReport last = report.layers().get(report.layers().size() - 1);
            rows.add(List.of(report.spec().name(), report.spec().input().toString(),
                    report.isValid() ? report.output().toString() : Messages.text("cli.lesson.cannotRun"),
                    Numbers.grouped(report.totals().params()),
                    Numbers.grouped(report.totals().macs()),
                    last.receptiveField() == null ? "" : last.receptiveField().sizeText(),
                    String.valueOf(report.totals().layers())));
        }
        out.print(TextTable.render(List.of(Messages.text("cli.lesson.network"), Messages.text("cli.lesson.input"),
                Messages.text("cli.lesson.output"), Messages.text("cli.lesson.params"), "MACs",
                Messages.text("cli.lesson.rf"), Messages.text("cli.lesson.layers")), rows, 3));
        out.println();
        outcome.points().forEach(p -> wrap("- " + p).forEach(out::println));
    }

    /** Word-wraps a paragraph at {@value #WIDTH} terminal columns (a Hangul syllable takes two). */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && DisplayWidth.of(line.toString()) + 1 + DisplayWidth.of(word) > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
                line.append("  ");
            }
            if (line.length() > 0 && !line.toString().isBlank()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<Lesson> lessons() throws CliException {
        try {
            return Lessons.all(ModelCatalog.load("vgg16"));
        } catch (ModelFileException e) {
            throw new CliException(Messages.text("cli.lesson.vgg16", e.getMessage()));
        }
    }
}
