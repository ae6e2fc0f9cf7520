package org.cnnexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.cnnexplorer.ui.common.PreferenceStore;
import org.cnnexplorer.ui.training.FakeTrainingBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** View > Language redraws the window in Korean without a restart, keeps the work, and is remembered. */
@ExtendWith(FxToolkitExtension.class)
class LanguageFxTest {

    private final FxRobot robot = new FxRobot();
    private final Map<String, String> preferences = new HashMap<>();
    private MainWindow window;

    @BeforeEach
    void openWindow() throws Exception {
        Messages.setLanguage(Language.ENGLISH);
        window = open();
    }

    private MainWindow open() throws Exception {
        PreferenceStore store = new PreferenceStore() {
            @Override
            public String get(String key, String fallback) {
                return preferences.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                preferences.put(key, value);
            }
        };
        return MainWindowFixture.open(store, () -> new FakeTrainingBackend(1, null));
    }

    @AfterEach
    void closeWindow() throws Exception {
        MainWindowFixture.close(window);
        Messages.setLanguage(Language.ENGLISH);
    }

    private String menuTitles() {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return String.join(" ", bar.getMenus().stream().map(Menu::getText).toList());
    }

    private String tabTitles() {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        return String.join(" ", tabs.getTabs().stream().map(t -> t.getText()).toList());
    }

    @Test
    void choosingKoreanRedrawsTheWindowAndKeepsTheEditedNetworkAndTheTab() throws Exception {
        assertEquals("File Edit Layer View Train Lessons Help", menuTitles());
        robot.interact(() -> window.viewModel().explorer().setInput(Shape.of(1, 32, 32)));
        robot.interact(() -> window.show(MainWindow.Screen.TABLE));
        robot.clickOn("View").clickOn("#menu-language").clickOn("#menu-language-ko");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("파일 편집 층 보기 학습 수업 도움말", menuTitles());
        assertEquals("그래프 표 차트 비교 학습 내부 보기", tabTitles());
        assertEquals(1, robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex());
        assertEquals(Shape.of(1, 32, 32), window.viewModel().explorer().settings().input());
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().startsWith("네트워크"));
        assertTrue(window.stage().getTitle().contains("수정됨"), window.stage().getTitle());
        assertTrue(window.scene().getRoot().getStyleClass().contains("lang-ko"));
        assertEquals("ko", preferences.get("language"));
    }

    @Test
    void theRememberedLanguageIsUsedAtTheNextStart() throws Exception {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
        preferences.put("language", "ko");
        window = open();
        assertEquals("파일 편집 층 보기 학습 수업 도움말", menuTitles());
        robot.interact(() -> window.viewModel().languageProperty().set(Language.ENGLISH));
        assertEquals("File Edit Layer View Train Lessons Help", menuTitles());
        assertEquals("en", preferences.get("language"));
    }

    @Test
    void theLanguageOfTheCommandLineIsNotRemembered() {
        robot.interact(() -> window.viewModel().useLanguageForThisRun(Language.KOREAN));
        assertEquals("파일 편집 층 보기 학습 수업 도움말", menuTitles());
        assertTrue(!preferences.containsKey("language"));
    }
}
