package org.cnnexplorer.ui.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.cnnexplorer.ui.app.MainWindow;
import org.cnnexplorer.ui.app.MainWindowFixture;
import org.cnnexplorer.ui.graph.layout.Layout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opening and closing blocks in the drawn graph, as a lecturer clicks through GoogLeNet. */
@ExtendWith(FxToolkitExtension.class)
class GraphViewFxTest {

    private final FxRobot robot = new FxRobot();
    private MainWindow window;

    @BeforeEach
    void openWindow() throws Exception {
        window = MainWindowFixture.open();
        robot.interact(() -> window.viewModel().picker().openBuiltIn("googlenet"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        MainWindowFixture.close(window);
    }

    private Bounds onScreen(String box) {
        Node node = window.graph().boxNode(box);
        return window.graph().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    }

    @Test
    void closingABlockLeavesItsBoxInViewAndTheGraphCentred() {
        GraphView graph = window.graph();
        robot.interact(() -> {
            graph.actualSize();
            graph.toggleInPlace("inception4a");
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> graph.toggleInPlace("inception4a"));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds box = onScreen("inception4a");
        assertTrue(box.getMinY() >= 0 && box.getMaxY() <= graph.getHeight(), "the closed block is in view: " + box);
        assertTrue(box.getMinX() >= 0 && box.getMaxX() <= graph.getWidth(), "and not off to a side: " + box);
    }

    @Test
    void fitWrapsGoogLeNetIntoColumnsThatFillTheView() {
        GraphView graph = window.graph();
        robot.interact(graph::fit);
        WaitForAsyncUtils.waitForFxEvents();
        Layout layout = graph.graphLayout();
        double drawnWidth = layout.width() * graph.scale();
        double drawnHeight = layout.height() * graph.scale();
        assertTrue(window.viewModel().graph().columns() > 1, "columns: " + window.viewModel().graph().columns());
        assertTrue(drawnWidth > 0.6 * graph.getWidth() || drawnHeight > 0.9 * graph.getHeight(),
                "the whole graph fills the view: " + drawnWidth + "x" + drawnHeight);
    }
}
