package org.cnnexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The formula panel and the convention switches, driven like a user would under Monocle. */
@ExtendWith(FxToolkitExtension.class)
class FormulaFxTest {

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

    private String text(String query) {
        return ((Label) robot.lookup(query).query()).getText();
    }

    @Test
    void clickingAParameterCellShowsItsArithmeticWithTheLayersValues() {
        robot.interact(() -> ((TabPane) robot.lookup("#tabs").query()).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#layer-table").query();
        Node cell = robot.from(table).lookup(LabeledMatchers.hasText("2,416")).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("c3 (conv2d 5x5 s1 p0)", text("#formula-heading"));
        assertEquals("params = (k_h*k_w*C_in/g)*F + F = (5*5*6/1)*16 + 16 = 2,416  (weights and a bias per filter)",
                text("#formula-chosen"));
        Node macs = robot.lookup(".formula-line").lookup(LabeledMatchers.hasText(
                "MACs = F*H_out*W_out*(C_in/g)*k_h*k_w = 16*10*10*(6/1)*5*5 = 240,000  (one per weight, per output"
                        + " position)")).query();
        // the panel may be scrolled below the window's edge at 1280x800: the click is delivered to the line itself
        robot.interact(() -> macs.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY,
                1, false, false, false, false, true, false, false, true, false, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#formula-chosen").startsWith("MACs = "), text("#formula-chosen"));
    }

    @Test
    void theConventionSwitchesChangeEveryFigureAtOnce() throws Exception {
        var resnet = ModelCatalog.load("resnet50");
        robot.interact(() -> window.viewModel().explorer().open(resnet, "resnet50"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("25,557,032", text("#total-parameters"));
        robot.clickOn("#convention-fold-bn");
        robot.clickOn("#convention-bias");
        robot.clickOn("#convention-flops");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("25,530,472", text("#total-parameters"));
        assertTrue(text("#formula-conventions").contains("batch-norm folded into the preceding convolution"));
        assertTrue(text("#formula-chosen").startsWith("params = sum over the layers = "), text("#formula-chosen"));
        robot.interact(() -> window.viewModel().explorer().select("bn1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("params = 0  (folded into conv1)", text("#formula-chosen"));
        robot.interact(() -> window.viewModel().explorer().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.viewModel().explorer().settings().conventions().countBias(), "undo takes one switch back");
        assertEquals(false, window.viewModel().explorer().settings().conventions().flops());
    }
}
