package org.cnnexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.cnnexplorer.data.TestData;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.cnnexplorer.ui.common.PreferenceStore;
import org.cnnexplorer.ui.export.PngWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plain-vs-residual lesson with the real DL4J backend on the committed MNIST fixture: Train
 * both draws both loss curves and the gradient norms of each weight layer, the plain stack's
 * first layer far below the residual network's; closing the window stops a run.
 *
 * <p>{@code -Dplainres.steps=N -Dplainres.data=DIR -Dplainres.screenshot=FILE} trains longer on
 * other data and writes the window to a PNG (for docs/screenshots).
 */
@ExtendWith(FxToolkitExtension.class)
class PlainResidualLessonFxTest {

    private final FxRobot robot = new FxRobot();
    private MainWindow window;

    @BeforeEach
    void openWindow() throws Exception {
        AppServices services = new AppServices(PreferenceStore.inMemory(), TrainingBackend::discover);
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(stage, services);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
        robot.interact(() -> window.viewModel().training().form().dataDirProperty()
                .set(System.getProperty("plainres.data", TestData.fixturesDir().toString())));
        robot.interact(() -> window.commands().openLesson("plain-vs-residual"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        robot.interact(() -> {
            if (lessons() != null) {
                lessons().close();
            }
        });
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
    }

    @Test
    void trainingBothDrawsTheLossesAndTheVanishingGradientOfThePlainStackAndClosingStopsARun() throws Exception {
        int steps = Integer.getInteger("plainres.steps", 3);
        train(steps);
        waitUntilIdle(240);
        Node root = lessons().getScene().getRoot();
        Label status = (Label) root.lookup("#plainres-status");
        assertTrue(status.getText().startsWith("Done: last loss"), status.getText());
        LineChart<?, ?> losses = (LineChart<?, ?>) root.lookup("#plainres-loss");
        assertEquals(List.of("plain, 20 layers", "residual, 20 layers"),
                losses.getData().stream().map(XYChart.Series::getName).toList());
        losses.getData().forEach(series -> assertEquals(steps, series.getData().size()));
        LineChart<?, ?> norms = (LineChart<?, ?>) root.lookup("#plainres-norms");
        List<? extends XYChart.Data<?, ?>> plain = norms.getData().get(0).getData();
        List<? extends XYChart.Data<?, ?>> residual = norms.getData().get(1).getData();
        assertEquals(20, plain.size());
        double plainConv1 = ((Number) plain.get(0).getYValue()).doubleValue();
        double residualConv1 = ((Number) residual.get(0).getYValue()).doubleValue();
        assertTrue(plainConv1 < residualConv1 - 6, "log10 norms " + plainConv1 + " against " + residualConv1);
        assertTrue(((Label) root.lookup("#plainres-norm-summary")).getText().startsWith("Step 1: conv1's gradient"));
        String screenshot = System.getProperty("plainres.screenshot");
        if (screenshot != null) {
            robot.interact(() -> {
                lessons().setWidth(1600);
                lessons().setHeight(1000);
            });
            robot.interact(() -> ((javafx.scene.control.ScrollPane) root.lookup(".scroll-pane")).setVvalue(1));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                try {
                    PngWriter.write(lessons().getScene().snapshot(null), Path.of(screenshot));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        closingTheLessonStopsItsRuns();
    }

    /** Part of the test above, to open the window once on a busy machine. */
    private void closingTheLessonStopsItsRuns() throws Exception {
        train(1000);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !((LineChart<?, ?>) lessons().getScene().getRoot()
                .lookup("#plainres-loss")).getData().get(0).getData().isEmpty());
        robot.interact(() -> lessons().close());
        waitUntilIdle(120);
        Label status = (Label) lessons().getScene().getRoot().lookup("#plainres-status");
        assertEquals("Stopped.", status.getText());
        assertFalse(((Button) lessons().getScene().getRoot().lookup("#plainres-train")).isDisabled());
    }

    private void train(int steps) {
        Node root = lessons().getScene().getRoot();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> spinner = (Spinner<Integer>) root.lookup("#plainres-steps");
            spinner.getValueFactory().setValue(steps);
        });
        robot.interact(() -> ((Button) root.lookup("#plainres-train")).fire());
    }

    private void waitUntilIdle(int seconds) throws Exception {
        Button train = (Button) lessons().getScene().getRoot().lookup("#plainres-train");
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> !train.isDisabled());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the lesson's runs did not end: "
                    + ((Label) lessons().getScene().getRoot().lookup("#plainres-status")).getText());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Stage lessons() {
        return window.commands().lessons().stage();
    }
}
