package org.cnnexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.lessons.Lessons;
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

    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private KoreanTextRules rules;
    /** Untranslated text -> the screen it was first seen on. */
    private final Map<String, String> untranslated = new TreeMap<>();

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

    /** The rules for the explored network's layer names. */
    private void followExploredNetwork() {
        NetworkReport report = window.viewModel().explorer().report();
        List<String> layers = new ArrayList<>();
        for (LayerReport layer : report.layers()) {
            layers.add(layer.name());
        }
        rules = new KoreanTextRules(layers);
    }

    @AfterEach
    void closeWindow() throws Exception {
        MainWindowFixture.close(window);
        Messages.setLanguage(Language.ENGLISH);
    }

    @Test
    void everyScreenReadsInKorean() throws Exception {
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
        rules = new KoreanTextRules(Lessons.find(Lessons.all(ModelCatalog.load("vgg16")), "stacked-5x5")
                .orElseThrow().run().reports().stream()
                .flatMap(report -> report.layers().stream().map(LayerReport::name)).toList());
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
                if (!rules.untranslatedWords(shown).isEmpty()) {
                    untranslated.putIfAbsent(shown, screen);
                }
            }
        }
    }
}
