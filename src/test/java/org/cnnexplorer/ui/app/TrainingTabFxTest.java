package org.cnnexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import org.cnnexplorer.training.TrainingState;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.cnnexplorer.ui.common.PreferenceStore;
import org.cnnexplorer.ui.training.FakeTrainingBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Train tab across several runs, as a lecturer uses it: rerun, stop early, open another network. */
@ExtendWith(FxToolkitExtension.class)
class TrainingTabFxTest {

    private final FxRobot robot = new FxRobot();
    private MainWindow window;

    @BeforeEach
    void openTrainTab() throws Exception {
        window = MainWindowFixture.open(PreferenceStore.inMemory(), () -> new FakeTrainingBackend(2, null));
        robot.interact(() -> window.show(MainWindow.Screen.TRAIN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        MainWindowFixture.close(window);
    }

    @Test
    void aRerunStoppedBeforeItsFirstEpochShowsNoAccuracyOfThePreviousRun() {
        train(64 * 2);
        assertEquals(4, symbols().size(), "two epochs, a train and a test point each");
        robot.interact(() -> {
            window.viewModel().training().form().trainLimitProperty().set(64 * 5000);
            window.viewModel().training().start();
        });
        await(() -> window.viewModel().training().progress().losses().size() > 5);
        robot.interact(() -> window.viewModel().training().stop());
        await(() -> window.viewModel().training().stateProperty().get().isTerminal());
        WaitForAsyncUtils.waitForFxEvents();
        LineChart<?, ?> accuracy = robot.lookup("#accuracy-chart").query();
        assertTrue(accuracy.getData().stream().allMatch(series -> series.getData().isEmpty()));
        assertEquals(0, symbols().size(), "no point of the previous run is drawn");
        for (var series : accuracy.getData()) {
            assertEquals(java.util.List.of(), ((javafx.scene.shape.Path) series.getNode()).getElements(),
                    series.getName() + ": no line of the previous run is drawn");
        }
    }

    @Test
    void openingAnotherNetworkClearsTheMatrixAndTheRefusal() {
        train(640);
        assertTrue(robot.lookup(".confusion-cell").tryQuery().isPresent());
        robot.interact(() -> window.viewModel().picker().openBuiltIn("alexnet"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".confusion-cell").tryQuery().isEmpty(), "LeNet-5's matrix is gone");
        robot.interact(() -> window.viewModel().training().start());
        WaitForAsyncUtils.waitForFxEvents();
        Node dialog = robot.lookup(".error-dialog").query();
        javafx.scene.control.Labeled message = robot.from(dialog).lookup(".error-message").queryLabeled();
        assertTrue(message.getText().startsWith("Cannot train on MNIST"), message.getText());
        assertEquals(java.util.List.of(), LayoutChecks.elidedLabels(dialog, java.util.Set.of()),
                "the refusal is shown whole, not in a three-line scrolling box");
        robot.interact(() -> dialog.getScene().getWindow().hide());
        assertTrue(status().startsWith("Cannot train on MNIST"), status());
        robot.interact(() -> window.viewModel().picker().openBuiltIn("lenet5"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ready. Choose a data set and press Start.", status());
    }

    @Test
    void trainAndTestAccuracyAreApartInColourAndTheRawLossShowsInTheDark() {
        robot.interact(() -> window.viewModel().darkProperty().set(true));
        train(64 * 2);
        javafx.scene.paint.Color train = fill("#accuracy-chart .chart-line-symbol.series0");
        javafx.scene.paint.Color test = fill("#accuracy-chart .chart-line-symbol.series1");
        double hues = Math.abs(train.getHue() - test.getHue());
        assertTrue(Math.min(hues, 360 - hues) > 90, "train " + train + " and test " + test + " look alike");
        javafx.scene.shape.Path raw = robot.lookup("#loss-chart .chart-series-line.series0").query();
        javafx.scene.paint.Color stroke = (javafx.scene.paint.Color) raw.getStroke();
        assertTrue(stroke.getOpacity() >= 0.5 && stroke.getBrightness() > 0.7, "raw loss " + stroke);
    }

    private javafx.scene.paint.Color fill(String query) {
        javafx.scene.layout.Region symbol = robot.lookup(query).match(node -> !node.getStyleClass()
                .contains("chart-legend-item-symbol")).query();
        return (javafx.scene.paint.Color) symbol.getBackground().getFills().get(0).getFill();
    }

    private String status() {
        return robot.lookup("#train-status").queryLabeled().getText();
    }

    private java.util.Set<Node> symbols() {
        return robot.lookup("#accuracy-chart .chart-line-symbol").queryAll().stream()
                .filter(node -> node.isVisible() && !node.getStyleClass().contains("chart-legend-item-symbol")).collect(java.util.stream.Collectors.toSet());
    }

    private void train(int images) {
        robot.interact(() -> {
            window.viewModel().training().form().trainLimitProperty().set(images);
            window.viewModel().training().start();
        });
        await(() -> window.viewModel().training().stateProperty().get() == TrainingState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("timed out", e);
        }
    }
}
