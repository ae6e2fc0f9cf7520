package org.cnnexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The settings bar says when a multiplier changes nothing in the open network, and why (decision 0012). */
@ExtendWith(FxToolkitExtension.class)
class ScalingNoteFxTest {

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

    @Test
    void aDepthOnLeNetShowsANoteWhoseTooltipSaysWhy() {
        Label note = robot.lookup("#scale-note").query();
        assertFalse(note.isVisible(), "no note at depth 1");
        ComboBox<String> depth = robot.lookup("#scale-depth").query();
        robot.interact(() -> depth.setValue("1.5"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(note.isVisible());
        assertEquals("depth x1.5: no effect", note.getText());
        assertTrue(note.getTooltip().getText().startsWith("depth x1.5 changes nothing: LeNet-5 has no stage"),
                note.getTooltip().getText());
    }
}
