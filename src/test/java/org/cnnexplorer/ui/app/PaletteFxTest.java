package org.cnnexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.io.model.ModelFiles;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The layer palette driven like a user would: buttons, keys, the context menu, undo and save. */
@ExtendWith(FxToolkitExtension.class)
class PaletteFxTest {

    private final FxRobot robot = new FxRobot();
    private MainWindow window;

    @BeforeEach
    void openWindow() throws Exception {
        window = MainWindowFixture.open();
    }

    @AfterEach
    void closeWindow() throws Exception {
        MainWindowFixture.close(window);
    }

    private boolean hasLayer(String name) {
        return window.viewModel().explorer().report().layer(name).isPresent();
    }

    private MenuItem editMenuItem(String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().get(1).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void insertingAfterTheSelectionIsOneNamedUndoStep() {
        robot.clickOn(window.graph().boxNode("tanh1"));
        robot.clickOn("#palette-after");
        assertTrue(hasLayer("conv2d"));
        assertEquals("6x28x28", window.viewModel().explorer().report().layer("conv2d").orElseThrow().output()
                .toString());
        assertEquals("Undo insert conv2d", editMenuItem("menu-undo").getText());
        assertTrue(window.stage().getTitle().endsWith("(edited, not saved)"), window.stage().getTitle());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertFalse(hasLayer("conv2d"));
        assertEquals("Redo insert conv2d", editMenuItem("menu-redo").getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertTrue(hasLayer("conv2d"));
    }

    @Test
    void theDeleteKeyDeletesTheSelectionButNotADigitBeingTyped() {
        robot.clickOn(window.graph().boxNode("tanh2"));
        robot.type(KeyCode.DELETE);
        assertFalse(hasLayer("tanh2"));
        assertTrue(window.viewModel().explorer().report().isValid(), "s4 now reads c3");
        robot.clickOn(window.graph().boxNode("c3"));
        robot.clickOn("#edit-filters .text-field");
        robot.type(KeyCode.HOME).type(KeyCode.DELETE);
        assertTrue(hasLayer("c3"), "Delete in a number field edits the number");
    }

    @Test
    void theGraphsContextMenuActsOnTheBoxUnderThePointer() {
        // Monocle does not turn a right click into a context-menu request, so the test sends the request itself
        Node box = window.graph().boxNode("s2");
        Point2D centre = box.localToScreen(box.getBoundsInLocal().getCenterX(), box.getBoundsInLocal().getCenterY());
        robot.interact(() -> box.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                centre.getX(), centre.getY(), false, null)));
        assertEquals("s2", window.viewModel().explorer().selectionProperty().get());
        robot.clickOn(robot.from(robot.lookup(".context-menu").queryAll()).lookup(LabeledMatchers.hasText(
                "Duplicate")).queryLabeled());
        assertTrue(hasLayer("s2_2"));
        assertEquals("s2_2", window.viewModel().explorer().selectionProperty().get());
    }

    @Test
    void theTablesContextMenuDeletesTheRowClicked() {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        Node table = robot.lookup("#layer-table").query();
        robot.clickOn(robot.from(table).lookup(LabeledMatchers.hasText("tanh2")).queryLabeled());
        robot.interact(() -> table.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                table.localToScreen(10, 10).getX(), table.localToScreen(10, 10).getY(), false, null)));
        robot.clickOn(robot.from(robot.lookup(".context-menu").queryAll()).lookup(LabeledMatchers.hasText(
                "Delete")).queryLabeled());
        assertFalse(hasLayer("tanh2"));
        assertTrue(hasLayer("c3"));
    }

    @Test
    void openingAnotherNetworkWithUnsavedEditsAsksFirst() {
        robot.clickOn(window.graph().boxNode("s2"));
        robot.clickOn("#palette-delete");
        ListView<?> list = robot.lookup("#network-list").queryAs(ListView.class);
        robot.clickOn(robot.from(list).lookup(LabeledMatchers.hasText("AlexNet")).queryLabeled());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(hasLayer("s2"), "cancel keeps the edited network");
        assertEquals("lenet5", window.viewModel().explorer().state().source());
        robot.clickOn(robot.from(list).lookup(LabeledMatchers.hasText("AlexNet")).queryLabeled());
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("alexnet", window.viewModel().explorer().state().source());
    }

    @Test
    void saveWritesAModelFileThatReloadsToTheSameAnalysisThenSavesThereWithoutAsking(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("lenet-edited.json");
        AtomicInteger asked = new AtomicInteger();
        window.exports().setFileTarget((title, name, extension) -> {
            asked.incrementAndGet();
            return file;
        });
        robot.clickOn(window.graph().boxNode("s2"));
        robot.clickOn("#palette-duplicate");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertEquals(1, asked.get());
        NetworkReport edited = window.viewModel().explorer().report();
        NetworkReport reloaded = NetworkAnalyzer.analyze(ModelFiles.read(file), edited.settings());
        assertEquals(edited.totals(), reloaded.totals());
        assertTrue(window.stage().getTitle().endsWith("(edited, saved)"), window.stage().getTitle());
        robot.clickOn(window.graph().boxNode("s2_2"));
        robot.type(KeyCode.DELETE);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertEquals(1, asked.get(), "the second save goes to the same file");
        assertFalse(Files.readString(file).contains("s2_2"));
    }
}
