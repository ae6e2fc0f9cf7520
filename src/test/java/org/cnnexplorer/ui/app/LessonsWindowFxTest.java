package org.cnnexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cnnexplorer.i18n.Language;
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

/**
 * The Lessons menu opens the Lessons window at the chosen lesson; editing a number re-runs it; the
 * detection lesson steps through NMS; in lecture mode at 1280x800 no text is cut and no page is wider than
 * the window.
 */
@ExtendWith(FxToolkitExtension.class)
class LessonsWindowFxTest {

    private final FxRobot robot = new FxRobot();
    private MainWindow window;

    @BeforeEach
    void openWindow() throws Exception {
        AppServices services = new AppServices(PreferenceStore.inMemory(), () -> new FakeTrainingBackend(1, null));
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(stage, services);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        robot.interact(() -> {
            if (window.commands().lessons().stage() != null) {
                window.commands().lessons().stage().close();
            }
        });
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
    }

    @Test
    void theBottleneckLessonFollowsItsNumbers() {
        robot.interact(() -> window.commands().openLesson("bottleneck"));
        Node root = window.commands().lessons().stage().getScene().getRoot();
        assertTrue(points(root).get(0).contains("163,840,000"), points(root).toString());
        robot.interact(() -> ((Spinner<?>) root.lookup("#lesson-in")).getValueFactory().increment(7));
        WaitForAsyncUtils.waitForFxEvents();
        // 256 input channels: 32*32*32*256*25
        assertTrue(points(root).get(0).contains("209,715,200"), points(root).toString());
    }

    @Test
    void aSwitchOfLanguageKeepsTheLessonsNumbersAndSaysItsPointsAnew() {
        robot.interact(() -> window.commands().openLesson("bottleneck"));
        Node before = window.commands().lessons().stage().getScene().getRoot();
        robot.interact(() -> ((Spinner<?>) before.lookup("#lesson-in")).getValueFactory().increment(7));
        try {
            robot.interact(() -> window.viewModel().languageProperty().set(Language.KOREAN));
            WaitForAsyncUtils.waitForFxEvents();
            Node root = window.commands().lessons().stage().getScene().getRoot();
            String first = points(root).get(0);
            assertTrue(first.contains("바로 적용") && first.contains("209,715,200"), first);
            assertEquals(256, ((Spinner<?>) root.lookup("#lesson-in")).getValue());
        } finally {
            robot.interact(() -> window.viewModel().languageProperty().set(Language.ENGLISH));
        }
    }

    @Test
    void theDetectionLessonStepsThroughSuppression() {
        robot.interact(() -> window.commands().openLesson("detection"));
        Node root = window.commands().lessons().stage().getScene().getRoot();
        assertEquals("Step 1 of 2", ((Label) root.lookup("#nms-step")).getText());
        robot.interact(() -> ((javafx.scene.control.Button) root.lookup("#nms-next")).fire());
        assertEquals("Step 2 of 2: kept [0, 2]", ((Label) root.lookup("#nms-step")).getText());
        assertEquals("mAP = 0.7944", ((Label) root.lookup("#map-value")).getText());
    }

    @Test
    void noLessonCutsATextInLectureMode() {
        robot.interact(() -> window.viewModel().lectureProperty().set(true));
        for (String id : List.of("stacked-5x5", "bottleneck", "inception", "memory-vs-weights", "plain-vs-residual",
                "detection")) {
            robot.interact(() -> window.commands().openLesson(id));
            robot.interact(() -> {
                var stage = window.commands().lessons().stage();
                stage.setWidth(1280);
                stage.setHeight(800);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Node root = window.commands().lessons().stage().getScene().getRoot();
            assertTrue(root.getStyleClass().contains("lecture"));
            robot.interact(() -> assertEquals(List.of(), LayoutChecks.elidedLabels(root, Set.of()), id));
            robot.interact(() -> {
                Region page = (Region) root.lookup("#lesson-page");
                ScrollPane scroll = (ScrollPane) root.lookup("#lesson-scroll");
                assertTrue(page.getWidth() <= scroll.getViewportBounds().getWidth() + 1, id + ": the page is "
                        + page.getWidth() + " wide in a view of " + scroll.getViewportBounds().getWidth()
                        + ", every text of it cut at the window's edge");
            });
        }
    }

    private static List<String> points(Node root) {
        return ((VBox) root.lookup("#lesson-points")).getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
