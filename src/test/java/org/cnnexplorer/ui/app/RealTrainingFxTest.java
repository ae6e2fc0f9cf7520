package org.cnnexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.data.TestData;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.training.TrainingState;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.cnnexplorer.ui.common.PreferenceStore;
import org.cnnexplorer.ui.training.TrainingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window with the real DL4J backend: a tiny LeNet-5 run on the committed MNIST fixture. */
@ExtendWith(FxToolkitExtension.class)
class RealTrainingFxTest {

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
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.viewModel().training().stop();
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
    }

    @Test
    void aTinyRealTrainingRunFinishesWithCurvesAndAConfusionMatrix() throws Exception {
        TrainingViewModel training = window.viewModel().training();
        robot.interact(() -> {
            training.form().datasetProperty().set(DatasetId.MNIST);
            training.form().dataDirProperty().set(TestData.fixturesDir().toString());
            training.form().epochsProperty().set(1);
            training.form().trainLimitProperty().set(640);
            training.form().testLimitProperty().set(200);
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT5)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((Label) robot.lookup("#dataset-status").query()).getText().startsWith("MNIST found in"));
        robot.clickOn("#train-start");
        try {
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> training.stateProperty().get().isTerminal());
        } catch (Exception e) {
            throw new AssertionError("training did not end: " + training.statusProperty().get());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TrainingState.FINISHED, training.stateProperty().get(), training.statusProperty().get());
        LineChart<?, ?> loss = robot.lookup("#loss-chart").query();
        assertEquals(10, loss.getData().get(0).getData().size(), "640 images in batches of 64");
        assertTrue(robot.lookup(".confusion-cell").queryAll().size() >= 100);
        assertTrue(training.progress().resultProperty().get().testAccuracy() > 0.3);
        assertTrue(training.statusProperty().get().startsWith("Finished"), training.statusProperty().get());
    }
}
