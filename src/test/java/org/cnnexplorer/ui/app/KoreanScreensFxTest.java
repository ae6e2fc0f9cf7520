package org.cnnexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.Metric;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.cnnexplorer.ui.explorer.PaletteMenus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14's acceptance walk: every screen in Korean (the six tabs with the settings bar, the layer
 * editor with a layer selected, a block opened in the graph, the menus and the palette's context
 * menu, the Lessons window and the About text), and no text that a user reads is left in English
 * beyond what {@link KoreanTextRules} allows.
 */
@ExtendWith(FxToolkitExtension.class)
class KoreanScreensFxTest {

    /**
     * Texts made outside {@code ui}, by the {@code core}, {@code io}, {@code cli} and {@code lessons}
     * packages, which other branches of issue 14 translate. The lead removes each line once its
     * branch is merged; what remains must be empty.
     */
    private static final List<Pattern> CONVERTED_ELSEWHERE = Stream.of(
            // core (i18n-core): layer kind titles in the palette, formulas and conventions
            "^[a-z0-9-]+ - [a-zA-Z0-9 ,()*/+.-]+$", "^[A-Za-z_ ]+ = ", "^conventions: ",
            // inside (i18n-core): the weights label
            "^untrained: random weights$",
            // data (i18n-io): where the data sets are looked for
            "\\((user data directory|system data sets)\\)$", "^To get it: bin/cnnx download")
            .map(Pattern::compile).toList();

    /** The compare table's and chart's metric names (core.Metric, i18n-core), alone or before a value. */
    private static final List<Pattern> METRICS_CONVERTED_ELSEWHERE = Stream.of(Metric.values())
            .map(m -> Pattern.compile("^" + Pattern.quote(m.label()) + "(:|$)")).toList();

    /** Windows whose texts are all made elsewhere: the Lessons window (lessons, ui/lessons: i18n-cli). */
    private static final Set<String> SCREENS_CONVERTED_ELSEWHERE = Set.of("Lessons");

    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private KoreanTextRules rules;
    /** Untranslated text -> the screen it was first seen on. */
    private final Map<String, String> untranslated = new TreeMap<>();
    /**
     * The explored network's problem messages and partial-totals label: the core's words (i18n-core),
     * cut out of a line before it is checked.
     */
    private final List<String> coreTexts = new ArrayList<>();

    @BeforeEach
    void openWindow() throws Exception {
        window = MainWindowFixture.open();
        robot.interact(() -> {
            window.viewModel().useLanguageForThisRun(Language.KOREAN);
            window.viewModel().picker().openBuiltIn("resnet18");
        });
        WaitForAsyncUtils.waitForFxEvents();
        followExploredNetwork();
    }

    /** The rules for the explored network's layer names, and its problems as the core words them. */
    private void followExploredNetwork() {
        NetworkReport report = window.viewModel().explorer().report();
        List<String> layers = new ArrayList<>();
        for (LayerReport layer : report.layers()) {
            layers.add(layer.name());
            if (layer.problem() != null) {
                coreTexts.add(layer.problem());
            }
        }
        report.problems().forEach(p -> coreTexts.add(p.message()));
        if (report.isPartial()) {
            coreTexts.add(report.partialLabel());
        }
        rules = new KoreanTextRules(layers);
    }

    @AfterEach
    void closeWindow() throws Exception {
        MainWindowFixture.close(window);
        Messages.setLanguage(Language.ENGLISH);
    }

    @Test
    void everyScreenReadsInKorean() {
        robot.interact(() -> {
            window.viewModel().graph().toggle("layer1");
            window.viewModel().explorer().select("conv1");
        });
        for (MainWindow.Screen screen : MainWindow.Screen.values()) {
            robot.interact(() -> window.show(screen));
            WaitForAsyncUtils.waitForFxEvents();
            check(screen.name(), VisibleTexts.of(window.scene().getRoot()));
        }
        check("palette context menu", VisibleTexts.ofMenus(PaletteMenus.contextMenu(
                window.viewModel().palette()).getItems()));
        check("About", List.of(About.text()));
        About.shortcuts().forEach(row -> check("shortcuts", List.of(row.get(1))));
        robot.interact(() -> window.openLesson("stacked-5x5"));
        WaitForAsyncUtils.waitForFxEvents();
        Node lessons = window.lessonsStage().getScene().getRoot();
        check("Lessons", VisibleTexts.of(lessons));
        StringBuilder report = new StringBuilder();
        untranslated.forEach((text, where) -> report.append('\n').append(where).append(": ").append(text));
        assertTrue(untranslated.isEmpty(), untranslated.size() + " texts not in Korean:" + report);
    }

    @Test
    void aNetworkThatCannotRunAndARefusedStartReadInKorean() {
        robot.interact(() -> {
            window.viewModel().picker().openBuiltIn("alexnet");
            window.viewModel().explorer().setInput(Shape.of(3, 32, 32));
        });
        WaitForAsyncUtils.waitForFxEvents();
        followExploredNetwork();
        for (MainWindow.Screen screen : List.of(MainWindow.Screen.GRAPH, MainWindow.Screen.TABLE)) {
            robot.interact(() -> window.show(screen));
            WaitForAsyncUtils.waitForFxEvents();
            check(screen.name(), VisibleTexts.of(window.scene().getRoot()));
        }
        robot.interact(() -> {
            window.show(MainWindow.Screen.TRAIN);
            window.viewModel().training().start();
        });
        WaitForAsyncUtils.waitForFxEvents();
        check("TRAIN refused", VisibleTexts.of(window.scene().getRoot()));
        StringBuilder report = new StringBuilder();
        untranslated.forEach((text, where) -> report.append('\n').append(where).append(": ").append(text));
        assertTrue(untranslated.isEmpty(), untranslated.size() + " texts not in Korean:" + report);
    }

    private void check(String screen, List<String> texts) {
        for (String text : texts) {
            for (String shown : text.split("\n")) {
                String line = withoutCoreProblems(shown);
                if (!rules.untranslatedWords(line).isEmpty() && !SCREENS_CONVERTED_ELSEWHERE.contains(screen)
                        && Stream.concat(CONVERTED_ELSEWHERE.stream(), METRICS_CONVERTED_ELSEWHERE.stream())
                                .noneMatch(p -> p.matcher(line).find())) {
                    untranslated.putIfAbsent(shown, screen);
                }
            }
        }
    }

    private String withoutCoreProblems(String line) {
        String rest = line;
        for (String problem : coreTexts) {
            rest = rest.replace(problem, "");
        }
        return rest;
    }
}
