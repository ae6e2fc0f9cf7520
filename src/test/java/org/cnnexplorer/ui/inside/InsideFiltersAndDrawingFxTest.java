package org.cnnexplorer.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.data.TestData;
import org.cnnexplorer.inside.DrawnDigit;
import org.cnnexplorer.inside.FilterTiles;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Inside tab's first-layer filters (with a saved run's epochs) and its pad for drawing a digit, on LeNet-5. */
@ExtendWith(FxToolkitExtension.class)
class InsideFiltersAndDrawingFxTest {

    private final FxRobot robot = new FxRobot();
    private final SimpleObjectProperty<NetworkSpec> network = new SimpleObjectProperty<>();
    private InsideViewModel viewModel;

    @BeforeEach
    void showLenet() throws Exception {
        network.set(ModelCatalog.load("lenet5"));
        viewModel = InsideViewFixture.open(network);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> viewModel.inspectionProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        InsideViewFixture.close();
    }

    @Test
    void aStrokeDrawnOnThePadBecomesAnMnistDigitThatRunsThroughTheNetwork() throws Exception {
        robot.interact(() -> robot.lookup("#inside-sources").queryAs(TabPane.class).getSelectionModel().select(1));
        Canvas pad = robot.lookup("#inside-draw-pad").queryAs(Canvas.class);
        Inspection before = viewModel.inspectionProperty().get();
        robot.drag(pad, MouseButton.PRIMARY).moveBy(0, -70).moveBy(5, 140).drop();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.inspectionProperty().get() != before
                && viewModel.statusProperty().get().contains("forward pass"));

        assertTrue(viewModel.imageProperty().get().description().startsWith("drawn digit: box "),
                viewModel.imageProperty().get().description());
        assertTrue(viewModel.imageProperty().get().description().endsWith(", kept 28x28, grey"));
        float[] pixels = viewModel.imageProperty().get().pixels();
        float ink = 0;
        for (float p : pixels) {
            ink += p;
        }
        assertTrue(ink > 20 && ink < 28 * 28 / 2.0, "a thick white stroke on black: " + ink);
        assertEquals(0f, pixels[0], "the corner stays black");
        assertNotNull(robot.lookup("#inside-draw-prepared").queryAs(ImageView.class).getImage());
        assertTrue(viewModel.statusProperty().get().startsWith("drawn digit: box "), viewModel.statusProperty().get());
        assertEquals(5, viewModel.inspectionProperty().get().top().size(), "the top-5 classes of the drawn digit");

        robot.clickOn("#inside-draw-clear");
        assertEquals(null, robot.lookup("#inside-draw-prepared").queryAs(ImageView.class).getImage());
    }

    @Test
    void theFiltersOfTheWeightsInUseAndASavedRunsEpochs(@TempDir Path dir) throws Exception {
        FlowPane tiles = robot.lookup("#inside-filter-tiles").queryAs(FlowPane.class);
        assertEquals(6, tiles.getChildren().size(), "c1's six 5x5 filters");
        assertEquals("the weights in use: untrained: random weights",
                robot.lookup("#inside-filter-note").queryAs(Label.class).getText());
        Slider epochs = robot.lookup("#inside-filter-epoch").queryAs(Slider.class);
        assertFalse(epochs.isVisible(), "random weights have no epochs");

        Path run = dir.resolve("lenet5.cnnrun");
        assertEquals(0, org.cnnexplorer.cli.MainAccess.run("train", "lenet5", "--dataset", "mnist", "--epochs", "2",
                "--limit", "128", "--test-limit", "64", "--data-dir", TestData.fixturesDir().toString(),
                "--checkpoint", run.toString()));
        robot.interact(() -> viewModel.useRun(run));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> epochs.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(0, 1, 2), filtersViewModel().epochsProperty().get());
        assertEquals(List.of(0.0, 2.0), List.of(epochs.getMin(), epochs.getMax()));
        assertTrue(robot.lookup("#inside-filter-note").queryAs(Label.class).getText()
                .startsWith("as saved after epoch 2; this run kept epochs 0 to 2"));
        FiltersViewModel filters = filtersViewModel();
        FilterTiles trained = filters.tilesProperty().get();
        robot.interact(() -> epochs.setValue(0));
        assertEquals(0, filters.epochProperty().get());
        assertNotSame(trained, filters.tilesProperty().get());
        assertTrue(robot.lookup("#inside-filter-note").queryAs(Label.class).getText()
                .startsWith("as saved after epoch 0;"));
    }

    private FiltersViewModel filtersViewModel() {
        return robot.lookup("#inside-filters").queryAs(FiltersView.class).viewModel();
    }

    @Test
    void thePadsDigitIsPreparedFromItsStrokes() {
        DigitPadViewModel pad = new DigitPadViewModel(digit -> { });
        pad.release();
        assertEquals(null, pad.digitProperty().get(), "nothing drawn, nothing sent");
        pad.press(112, 40);
        pad.drag(112, 180);
        pad.release();
        DrawnDigit digit = pad.digitProperty().get();
        assertEquals(20, digit.scaledHeight());
        pad.clear();
        assertTrue(pad.strokes().isEmpty());
    }
}
