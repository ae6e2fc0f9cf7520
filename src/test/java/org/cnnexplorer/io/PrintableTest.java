package org.cnnexplorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.report.CompareFormats;
import org.cnnexplorer.io.report.ReportFormats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Names that did not come from a checked file (built in code, typed in the GUI) still print as one safe line. */
class PrintableTest {

    private static final String HOSTILE = "a\u001b[2J\nb\u202e\u009b";
    private static final String SHOWN = "a\\u001B[2J\\nb\\u202E\\u009B";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plain | plain",
        "tab\there | tab\\there",
        "x\u0000y | x\\u0000y",
        "caf\u00e9 \u00d7 | caf\u00e9 \u00d7",
    })
    void escapesOnlyWhatATerminalWouldObey(String text, String shown) {
        assertEquals(shown, Printable.of(text));
    }

    static Stream<Function<NetworkReport, String>> renderings() {
        return Stream.of(ReportFormats::table, ReportFormats::csv, ReportFormats::markdown, ReportFormats::json,
                r -> CompareFormats.table(List.of(r)), r -> CompareFormats.csv(List.of(r)),
                r -> CompareFormats.markdown(List.of(r)), r -> CompareFormats.json(List.of(r)));
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void reportsShowHostileNamesEscapedAndKeepTheirLines(Function<NetworkReport, String> render) {
        String hostile = render.apply(report(HOSTILE));
        String clean = render.apply(report("ab"));
        assertTrue(hostile.chars().noneMatch(c -> c != '\n' && Printable.isUnsafe(c)), hostile);
        assertEquals(clean.lines().count(), hostile.lines().count(), hostile);
        assertTrue(hostile.contains(SHOWN), hostile);
    }

    private static NetworkReport report(String name) {
        NetworkSpec spec = new NetworkSpec(name, name, name, "", Shape.of(1, 4, 4), 2,
                List.of(NodeSpec.of(name, new ActivationSpec(Activation.RELU))));
        return NetworkAnalyzer.analyze(spec);
    }
}
