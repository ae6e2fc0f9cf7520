package org.cnnexplorer.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Inside tab's scaling canvases: whole screen pixels per image pixel, between their minimum and natural side. */
@ExtendWith(FxToolkitExtension.class)
class SquareCanvasFxTest {

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
    }

    @Test
    void theSideIsAWholeMultipleOfTheImageWithinItsBounds() {
        assertEquals(224, SquareCanvas.side(400, 224, 140, 28), "natural side at most");
        assertEquals(196, SquareCanvas.side(210, 224, 140, 28), "7 x 28 in a 210 pixel column");
        assertEquals(140, SquareCanvas.side(100, 224, 140, 28), "never below the minimum");
        assertEquals(294, SquareCanvas.side(300, 300, 140, 14), "21 x 14: a 14x14 channel");
        assertEquals(199, SquareCanvas.side(199.6, 224, 140, 224), "a 224 pixel image in a narrower column");
    }

    @Test
    void aNarrowerColumnShrinksTheCanvasAndAsksForADrawing() throws Exception {
        SquareCanvas[] canvas = new SquareCanvas[1];
        VBox[] column = new VBox[1];
        AtomicInteger drawings = new AtomicInteger();
        FxToolkit.setupStage(stage -> {
            canvas[0] = new SquareCanvas(224, 140);
            canvas[0].setGrain(28);
            canvas[0].setOnResize(drawings::incrementAndGet);
            column[0] = new VBox(canvas[0]);
            column[0].setPrefWidth(400);
            stage.setScene(new Scene(column[0], 400, 400));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(224, canvas[0].side());
        int before = drawings.get();
        robot.interact(() -> {
            column[0].getScene().getWindow().setWidth(200);
            column[0].setPrefWidth(200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(196, canvas[0].side());
        assertEquals(196, canvas[0].getHeight(), "the height follows the side");
        assertEquals(before + 1, drawings.get());
    }

    @Test
    void aLimitShrinksTheSquareInAWideColumnToWholePixelsAndLiftingItRestoresIt() throws Exception {
        SquareCanvas[] canvas = new SquareCanvas[1];
        FxToolkit.setupStage(stage -> {
            canvas[0] = new SquareCanvas(224, 140);
            canvas[0].setGrain(28);
            stage.setScene(new Scene(new VBox(canvas[0]), 400, 400));
            stage.setWidth(400); // the stage is shared with the other tests, which narrow it
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> canvas[0].setLimit(180));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(168, canvas[0].side(), "6 x 28, the most whole pixels within the limit");
        assertEquals(168, canvas[0].getHeight());
        robot.interact(() -> canvas[0].setLimit(100));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(140, canvas[0].side(), "never below the minimum");
        robot.interact(() -> canvas[0].setLimit(Double.MAX_VALUE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(224, canvas[0].side());
    }
}
