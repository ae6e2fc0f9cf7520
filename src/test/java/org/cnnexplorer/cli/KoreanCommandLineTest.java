package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cnnexplorer.i18n.NoEnglishLeft;
import org.cnnexplorer.io.report.DisplayWidth;
import org.junit.jupiter.api.Test;

/** {@code bin/cnnx --lang ko}: usage, messages and table headings in Korean, tables aligned on screen. */
class KoreanCommandLineTest {

    /** Commands and the values options take: they are typed as they are in both languages. */
    private static final Set<String> TYPED = Set.of("cnnx", "models", "summary", "compare", "train", "export",
            "inspect", "bench-inspect", "bench-train", "bench-infer", "download", "datasets", "lesson", "help",
            "plain-vs-residual", "mnist", "fashion-mnist", "cifar10", "sgd", "momentum", "adam", "table", "json",
            "csv", "markdown", "constant", "cosine", "random", "file", "filter", "shared", "min", "paper",
            "totals", "float32", "float16", "onnx");

    @Test
    void theUsageIsKoreanApartFromWhatIsTyped() {
        MainTest.Run run = MainTest.run("--lang", "ko", "help");
        assertEquals(0, run.exit());
        NoEnglishLeft.assertKorean(run.out(), TYPED);
    }

    @Test
    void koreanDescriptionsStartInTheColumnOfTheEnglishOnes() {
        List<String> english = MainTest.run("help").out().lines().toList();
        List<String> korean = MainTest.run("--lang", "ko", "help").out().lines().toList();
        assertEquals(english.size(), korean.size());
        for (int i = 1; i < 4; i++) {
            assertEquals(descriptionColumn(english.get(i)), descriptionColumn(korean.get(i)), korean.get(i));
        }
        assertEquals(DisplayWidth.of(english.get(4).substring(0, english.get(4).indexOf("--input"))),
                DisplayWidth.of(korean.get(4).substring(0, korean.get(4).indexOf("--input"))), korean.get(4));
    }

    /** The display column where the text after the first run of two or more spaces begins. */
    private static int descriptionColumn(String line) {
        int gap = line.indexOf("  ", 2);
        int start = gap;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        return DisplayWidth.of(line.substring(0, start));
    }

    @Test
    void optionErrorsAndCommandUsagesAreKorean() {
        assertKoreanError(MainTest.run("--lang", "ko", "summary", "lenet5", "--bogus", "1"), "bogus", "lenet5");
        assertKoreanError(MainTest.run("--lang", "ko", "summary"), "lenet5");
        assertKoreanError(MainTest.run("--lang", "ko", "summary", "lenet5", "--batch", "0"));
        assertKoreanError(MainTest.run("--lang", "ko", "summary", "lenet5", "--input", "3x"));
        assertKoreanError(MainTest.run("--lang", "ko", "summary", "lenet5", "--explain", "nope"), "nope");
        assertKoreanError(MainTest.run("--lang", "ko", "compare"));
        assertKoreanError(MainTest.run("--lang", "ko", "frobnicate"), "frobnicate");
    }

    private static void assertKoreanError(MainTest.Run run, String... named) {
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("cnnx: "), run.err());
        Set<String> allowed = new java.util.HashSet<>(TYPED);
        allowed.addAll(Set.of(named));
        allowed.addAll(Set.of("input", "classes", "batch", "dtype", "optimizer", "format", "flops", "count-bias",
                "fold-bn", "width-mult", "depth-mult", "resolution-mult", "explain"));
        NoEnglishLeft.assertKorean(run.err(), allowed);
    }

    @Test
    void theModelsTableHasKoreanHeadingsAndStaysAligned() {
        MainTest.Run run = MainTest.run("--lang", "ko", "models");
        List<String> lines = run.out().lines().toList();
        NoEnglishLeft.assertKorean(lines.get(0), "id");
        assertAligned(lines.subList(0, lines.indexOf("")));
    }

    @Test
    void theLessonTablesHaveKoreanHeadingsAndStayAligned() {
        MainTest.Run list = MainTest.run("--lang", "ko", "lesson");
        assertAligned(list.out().lines().toList());
        MainTest.Run lesson = MainTest.run("--lang", "ko", "lesson", "bottleneck");
        List<String> lines = lesson.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("네트워크")).findFirst().orElseThrow());
        assertAligned(lines.subList(header, header + 4));
    }

    @Test
    void theSummaryIsKoreanAndItsTotalsLineUp() {
        MainTest.Run run = MainTest.run("--lang", "ko", "summary", "lenet5");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        // the first two lines are the model file's own name and variant (data, in English)
        Set<String> allowed = new java.util.HashSet<>(TYPED);
        allowed.addAll(Set.of("input", "c1", "tanh1", "s2", "c3", "tanh2", "s4", "c5", "tanh3", "flatten", "f6",
                "tanh4", "output", "conv2d", "tanh", "avgpool", "dense", "MACs", "FLOPs", "MAC", "FLOP", "KiB",
                "sgd", "x", "k"));
        NoEnglishLeft.assertKorean(String.join("\n", lines.subList(2, lines.size())), allowed);
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("층")).findFirst().orElseThrow());
        int end = lines.subList(header, lines.size()).indexOf("") + header;
        assertAligned(lines.subList(header, end));
        List<String> totals = lines.subList(end + 1, lines.size()).stream().filter(l -> l.contains(": ")).toList();
        assertTrue(totals.size() > 5, totals.toString());
        List<Integer> valueColumns = totals.stream().map(KoreanCommandLineTest::valueColumn).distinct().toList();
        assertEquals(1, valueColumns.size(), "the totals' values start in one column: " + valueColumns);
    }

    /** The display column of the value after a total's label and its colon. */
    private static int valueColumn(String line) {
        int colon = line.indexOf(':');
        int start = colon + 1;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        return DisplayWidth.of(line.substring(0, start));
    }

    /**
     * Every column starts on screen where its rule starts, after a gap of two spaces, in the header and
     * in every row that reaches it (a cell counted in characters instead of columns would shift the rest).
     */
    private static void assertAligned(List<String> table) {
        String rule = table.get(1);
        assertTrue(rule.matches("[- ]+"), rule);
        int[] starts = java.util.regex.Pattern.compile("-+").matcher(rule).results().mapToInt(r -> r.start())
                .toArray();
        for (String line : table) {
            for (int start : starts) {
                if (DisplayWidth.of(line) <= start) {
                    continue;
                }
                String before = prefixOfColumns(line, start);
                assertTrue(before.isEmpty() || before.endsWith("  ") || start == 0,
                        "column at " + start + " does not start after a gap in: " + line);
            }
        }
    }

    /** The part of {@code line} that takes the first {@code columns} terminal columns. */
    private static String prefixOfColumns(String line, int columns) {
        int width = 0;
        int i = 0;
        while (i < line.length() && width < columns) {
            int c = line.codePointAt(i);
            width += DisplayWidth.of(new String(Character.toChars(c)));
            i += Character.charCount(c);
        }
        return line.substring(0, i);
    }
}
