package org.cnnexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Quitting asks about unsaved work; Help lists the shortcuts and says what the program is. */
@ExtendWith(FxToolkitExtension.class)
class QuitAndHelpFxTest {

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger exits = new AtomicInteger();
    private MainWindow window;

    @BeforeEach
    void openWindow() throws Exception {
        window = MainWindowFixture.open();
        robot.interact(() -> window.commands().setExit(exits::incrementAndGet));
    }

    @AfterEach
    void closeWindow() throws Exception {
        MainWindowFixture.close(window);
    }

    private Node quitDialog() {
        Platform.runLater(() -> window.commands().quit());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".quit-dialog").query();
    }

    @Test
    void quittingWithoutChangesAsksNothing() {
        robot.interact(() -> window.commands().quit());
        assertEquals(1, exits.get());
    }

    @Test
    void quittingWithUnsavedEditsAsksAndCancelKeepsTheWindow() {
        robot.interact(() -> window.viewModel().explorer().setInput(Shape.of(1, 32, 32)));
        Node dialog = quitDialog();
        assertEquals("Not saved: the edits to LeNet-5.",
                robot.from(dialog).lookup(".label").match(n -> ((javafx.scene.control.Label) n).getText()
                        .startsWith("Not saved")).queryLabeled().getText());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, exits.get());
        quitDialog();
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, exits.get());
    }

    @Test
    void saveWritesTheModelThenQuits(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("edited.json");
        window.exports().setFileTarget((title, name, extension) -> file);
        robot.interact(() -> window.viewModel().explorer().setInput(Shape.of(1, 32, 32)));
        quitDialog();
        robot.clickOn("Save...");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.readString(file).contains("\"id\""), "the model file was written");
        assertEquals(1, exits.get());
        robot.interact(() -> window.commands().quit());
        assertEquals(2, exits.get(), "saved edits are not asked about again");
    }

    @Test
    void anUnsavedTrainingRunIsNamedWhenQuitting() throws Exception {
        robot.interact(() -> {
            window.viewModel().training().form().trainLimitProperty().set(640);
            window.viewModel().training().start();
        });
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.viewModel().training().stateProperty().get().isTerminal());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of("the training run"), window.viewModel().unsavedWork());
    }

    @Test
    void helpListsTheShortcutsAndTheAboutBoxTheVersionAndLicence() {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Node shortcuts = robot.lookup("#shortcuts").query();
        assertTrue(robot.from(shortcuts).lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(label -> label.getText().equals("Shift+F5")));
        robot.clickOn("OK");
        robot.interact(() -> window.commands().showAbout());
        WaitForAsyncUtils.waitForFxEvents();
        String about = robot.lookup(".info-dialog .label").match(n -> ((javafx.scene.control.Label) n).getText()
                .startsWith("CNN Explorer")).queryLabeled().getText();
        assertTrue(about.startsWith("CNN Explorer " + About.version()), about);
        assertTrue(about.contains("Apache License 2.0"), about);
        robot.clickOn("OK");
    }
}
